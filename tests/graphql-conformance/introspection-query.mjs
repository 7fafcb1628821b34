#!/usr/bin/env node
// Prints the introspection query graphql-js clients send, with every option
// this graphql-js version supports switched on.
import { getIntrospectionQuery } from 'graphql';

export const introspectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

process.stdout.write(getIntrospectionQuery(introspectionOptions) + '\n');
