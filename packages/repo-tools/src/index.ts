export type { PackageCheck } from './checkPackage.js';
export { checkPackage } from './checkPackage.js';
