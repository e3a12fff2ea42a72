/** Who can act on a fix step, in the order the docs and the CLI group them. */
export const actors = ['app', 'user', 'dashboard', 'support'] as const;

/** Who acts on a fix step: the app's developer, the end user, the account owner in VideoSDK's dashboard, or VideoSDK's support. */
export type Actor = (typeof actors)[number];
