/**
 * The Lua scripts of the Redis party store: each store method is one script, so Redis runs it as one
 * atomic step and two processes never interleave inside one party (two last places, a leave racing a
 * promotion). Every script takes the prefix P and the party id as ARGV[1] and ARGV[2].
 *
 * Keys, all under P:
 * - `P p:<id>` hash: `open` ('1' or '0'), `max`, `leader` (a connection id), `seq` (join order).
 * - `P p:<id>:m` sorted set: the members' connection ids, scored by when they joined (the heir is first).
 * - `P p:<id>:r` sorted set: the connections waiting to join, oldest request first.
 * - `P p:<id>:who` hash: connection id → its presence as JSON, for members and waiting connections.
 * - `P c:<connectionId>` set: the parties a connection is in or waiting to join (what its close undoes).
 * - `P u:<userId>`: how many parties the user is in or waiting to join, across their connections.
 *
 * Scripts derive keys from ids inside Lua, so they need one Redis (or, on Redis Cluster, a prefix with a
 * hash tag that puts every key in one slot), as the presence store's do. Replies are arrays: a refusal
 * is `{reason}` (party-store.ts's PartyRefusal), a success `{'ok', …}`; a party's view travels as
 * `{open, max, leader presence, {member presences}}`, presences as their JSON text.
 */
const COMMON = `
local P, id = ARGV[1], ARGV[2]
local pk = P .. 'p:' .. id
local mk, rk, wk = pk .. ':m', pk .. ':r', pk .. ':who'

local function presences(key)
  local conns = redis.call('ZRANGE', key, 0, -1)
  if #conns == 0 then return {} end
  return redis.call('HMGET', wk, unpack(conns))
end

local function view()
  local h = redis.call('HMGET', pk, 'open', 'max', 'leader')
  return {h[1], h[2], redis.call('HGET', wk, h[3]), presences(mk)}
end

local function enter(conn, who, userId, maxPerUser)
  local uk = P .. 'u:' .. userId
  if tonumber(redis.call('GET', uk) or '0') >= maxPerUser then return false end
  redis.call('INCR', uk)
  redis.call('SADD', P .. 'c:' .. conn, id)
  redis.call('HSET', wk, conn, who)
  return true
end

local function exit(conn)
  local who = redis.call('HGET', wk, conn)
  local uk = P .. 'u:' .. cjson.decode(who).userId
  if redis.call('DECR', uk) <= 0 then redis.call('DEL', uk) end
  redis.call('SREM', P .. 'c:' .. conn, id)
  redis.call('HDEL', wk, conn)
  return who
end

local function finish()
  for _, key in ipairs({mk, rk}) do
    for _, conn in ipairs(redis.call('ZRANGE', key, 0, -1)) do exit(conn) end
  end
  redis.call('DEL', pk, mk, rk, wk)
end

-- The leader's own checks: the party exists, the caller is in it and leads it.
local function refusedLeader(conn)
  if redis.call('EXISTS', pk) == 0 then return 'no-party' end
  if not redis.call('ZSCORE', mk, conn) then return 'not-member' end
  if redis.call('HGET', pk, 'leader') ~= conn then return 'not-leader' end
  return nil
end
`;

const script = (body: string) => COMMON + body;

/** ARGV: P, id, open, max, conn, presence, userId, maxPerUser. */
export const CREATE = script(`
local conn = ARGV[5]
if not enter(conn, ARGV[6], ARGV[7], tonumber(ARGV[8])) then return {'user-limit'} end
redis.call('HSET', pk, 'open', ARGV[3], 'max', ARGV[4], 'leader', conn, 'seq', 1)
redis.call('ZADD', mk, 1, conn)
return {'ok', view()}
`);

/** ARGV: P, id, conn, presence, userId, maxPerUser, maxRequests. */
export const JOIN = script(`
local conn = ARGV[3]
if redis.call('EXISTS', pk) == 0 then return {'no-party'} end
if redis.call('ZSCORE', mk, conn) then return {'already-member'} end
if redis.call('ZSCORE', rk, conn) then return {'already-requested'} end
local h = redis.call('HMGET', pk, 'open', 'max', 'leader')
if redis.call('ZCARD', mk) >= tonumber(h[2]) then return {'full'} end
local open = h[1] == '1'
if not open and redis.call('ZCARD', rk) >= tonumber(ARGV[7]) then return {'request-limit'} end
if not enter(conn, ARGV[4], ARGV[5], tonumber(ARGV[6])) then return {'user-limit'} end
local seq = redis.call('HINCRBY', pk, 'seq', 1)
if not open then
  redis.call('ZADD', rk, seq, conn)
  return {'ok', '0', redis.call('HGET', wk, h[3])}
end
redis.call('ZADD', mk, seq, conn)
return {'ok', '1', view()}
`);

/** ARGV: P, id, conn. Reply: {'ok', wasMember, new leader or '', {waiting when it ended}, view or {}}. */
export const LEAVE = script(`
local conn = ARGV[3]
if redis.call('EXISTS', pk) == 0 then return {'no-party'} end
if redis.call('ZREM', rk, conn) == 1 then
  exit(conn)
  return {'ok', '0', '', {}, view()}
end
if redis.call('ZREM', mk, conn) == 0 then return {'not-member'} end
exit(conn)
local heir = redis.call('ZRANGE', mk, 0, 0)[1]
if not heir then
  local waiting = presences(rk)
  finish()
  return {'ok', '1', '', waiting, {}}
end
local newLeader = ''
if redis.call('HGET', pk, 'leader') == conn then
  redis.call('HSET', pk, 'leader', heir)
  newLeader = redis.call('HGET', wk, heir)
end
return {'ok', '1', newLeader, {}, view()}
`);

/** ARGV: P, id, leader. Reply: {'ok', {members}, {waiting}}. */
export const CLOSE = script(`
local refused = refusedLeader(ARGV[3])
if refused then return {refused} end
local members, waiting = presences(mk), presences(rk)
finish()
return {'ok', members, waiting}
`);

/** ARGV: P, id, leader, target. */
export const PROMOTE = script(`
local refused = refusedLeader(ARGV[3])
if refused then return {refused} end
if not redis.call('ZSCORE', mk, ARGV[4]) then return {'target-not-member'} end
redis.call('HSET', pk, 'leader', ARGV[4])
return {'ok', view()}
`);

/** ARGV: P, id, leader, target. Reply: {'ok', view, removed}. */
export const REMOVE = script(`
local refused = refusedLeader(ARGV[3])
if refused then return {refused} end
local target = ARGV[4]
if target == ARGV[3] then return {'self'} end
if redis.call('ZREM', mk, target) == 0 then return {'target-not-member'} end
local removed = exit(target)
return {'ok', view(), removed}
`);

/** ARGV: P, id, leader, target. Reply: {'ok', view, accepted}. */
export const ACCEPT = script(`
local refused = refusedLeader(ARGV[3])
if refused then return {refused} end
local target = ARGV[4]
if not redis.call('ZSCORE', rk, target) then return {'no-request'} end
if redis.call('ZCARD', mk) >= tonumber(redis.call('HGET', pk, 'max')) then return {'full'} end
redis.call('ZREM', rk, target)
redis.call('ZADD', mk, redis.call('HINCRBY', pk, 'seq', 1), target)
return {'ok', view(), redis.call('HGET', wk, target)}
`);

/** ARGV: P, id, leader, target. Reply: {'ok', rejected}. */
export const REJECT = script(`
local refused = refusedLeader(ARGV[3])
if refused then return {refused} end
if redis.call('ZREM', rk, ARGV[4]) == 0 then return {'no-request'} end
return {'ok', exit(ARGV[4])}
`);

/** ARGV: P, id, leader. Reply: {'ok', {waiting}}. */
export const REQUESTS = script(`
local refused = refusedLeader(ARGV[3])
if refused then return {refused} end
return {'ok', presences(rk)}
`);

/** ARGV: P, id, conn. Reply: {'ok', presence}. */
export const MEMBER = script(`
if redis.call('EXISTS', pk) == 0 then return {'no-party'} end
if not redis.call('ZSCORE', mk, ARGV[3]) then return {'not-member'} end
return {'ok', redis.call('HGET', wk, ARGV[3])}
`);
