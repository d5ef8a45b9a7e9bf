/**
 * The Redis match store's scripts: each decision and its write in one atomic step, so two processes
 * racing for a match's last place, or a leave racing a join, leave Redis as one of the orders would.
 *
 * A match is one hash, `<prefix>m:<matchId>`: `#max` (its maxSize), `#n` (joins so far, for the members'
 * order) and one field per member connection, `<n>|<member JSON>`. It exists from its creation until its
 * last member leaves. A user's memberships are a set, `<prefix>u:<userId>`, of `<matchId> <connectionId>`,
 * counted for MAX_MATCHES_PER_USER; a connection's matches are a set, `<prefix>c:<connectionId>`, of match
 * ids, for a live process to make the connections of a dead one leave (matchesOf). Redis drops each set
 * when it empties.
 */

// The hash's fields that are not members.
const META_FIELDS = 2;

/** KEYS: match, user, connection. ARGV: maxSize, connectionId, member JSON, maxPerUser, matchId. */
export const CREATE = `
if redis.call('SCARD', KEYS[2]) >= tonumber(ARGV[4]) then return 'user-limit' end
redis.call('HSET', KEYS[1], '#max', ARGV[1], '#n', 1, ARGV[2], '1|' .. ARGV[3])
redis.call('SADD', KEYS[2], ARGV[5] .. ' ' .. ARGV[2])
redis.call('SADD', KEYS[3], ARGV[5])
return 'ok'
`;

/**
 * KEYS: match, user, connection. ARGV: connectionId, member JSON, maxPerUser, matchId.
 * Returns the refusal, or {'ok', joined (0|1), the match hash's fields and values...}.
 */
export const JOIN = `
local max = redis.call('HGET', KEYS[1], '#max')
if not max then return {'not-found'} end
local joined = 0
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then
  if redis.call('HLEN', KEYS[1]) - ${META_FIELDS} >= tonumber(max) then return {'full'} end
  if redis.call('SCARD', KEYS[2]) >= tonumber(ARGV[3]) then return {'user-limit'} end
  local n = redis.call('HINCRBY', KEYS[1], '#n', 1)
  redis.call('HSET', KEYS[1], ARGV[1], n .. '|' .. ARGV[2])
  redis.call('SADD', KEYS[2], ARGV[4] .. ' ' .. ARGV[1])
  redis.call('SADD', KEYS[3], ARGV[4])
  joined = 1
end
local reply = redis.call('HGETALL', KEYS[1])
table.insert(reply, 1, joined)
table.insert(reply, 1, 'ok')
return reply
`;

/**
 * KEYS: match, user, connection. ARGV: connectionId, matchId. Returns 'not-found', 'not-member', 'left' or
 * 'ended'.
 */
export const LEAVE = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 'not-found' end
if redis.call('HDEL', KEYS[1], ARGV[1]) == 0 then return 'not-member' end
redis.call('SREM', KEYS[2], ARGV[2] .. ' ' .. ARGV[1])
redis.call('SREM', KEYS[3], ARGV[2])
if redis.call('HLEN', KEYS[1]) <= ${META_FIELDS} then
  redis.call('DEL', KEYS[1])
  return 'ended'
end
return 'left'
`;
