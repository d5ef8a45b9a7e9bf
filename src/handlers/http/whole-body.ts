/**
 * The operations whose request body is one core argument whole rather than an object of arguments
 * (`{username, password}`): an error naming that argument, or a place in it, names the body itself
 * (`data.title` → `body.title`). Every other operation's body fields are core's arguments by name.
 */
export const wholeBodyArgument: ReadonlyMap<string, string> = new Map([
  ['createDocument', 'data'],
  ['replaceDocument', 'data'],
  ['patchDocument', 'patch'],
]);
