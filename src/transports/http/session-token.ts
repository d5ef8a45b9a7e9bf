import { ApiError } from '../../core/errors.js';

// The scheme name is case-insensitive (RFC 9110); a session token is base64url (core/auth/secrets.ts).
const BEARER = /^Bearer ([A-Za-z0-9_-]{1,256})$/i;

/** The session token of an `Authorization: Bearer <token>` header, or UNAUTHENTICATED naming the header. */
export function sessionTokenOf(header: string): string {
  const token = BEARER.exec(header)?.[1];
  if (!token)
    throw new ApiError(
      'UNAUTHENTICATED',
      'the Authorization header must read Bearer <token>',
      'header.authorization',
    );
  return token;
}
