import React = require('react');
import bindings = require('@org/error-codes-react');
import web = require('@org/error-codes/web');
import i18nWeb = require('@org/error-codes-i18n/web');

const element = React.createElement(
  bindings.ErrorCodesProvider,
  { platform: web, texts: i18nWeb.texts },
  React.createElement(bindings.ErrorMessage, { error: 3017 }),
);
// @ts-expect-error `error` is required: the types are real, not `any`.
const missing = React.createElement(bindings.ErrorMessage, {});
// @ts-expect-error `platform` is required.
const noPlatform = React.createElement(bindings.ErrorCodesProvider, {});

export = { element, missing, noPlatform };
