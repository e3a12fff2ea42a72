import React = require('react');
import bindings = require('@org/error-codes-react');

const element = React.createElement(bindings.ErrorMessage, { error: 4001 });
// @ts-expect-error `error` is required: the types are real, not `any`.
const missing = React.createElement(bindings.ErrorMessage, {});

export = { element, missing };
