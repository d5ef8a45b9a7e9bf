/**
 * The Lua scripts of the Redis presence store: each store method is one script, so Redis runs it as one
 * atomic step and two nodes never interleave inside one user's record.
 *
 * Keys, all under the store's prefix P:
 * - `P:user:<userId>` hash: `name`, `act` (the activity as JSON, absent while none), `auto` ('1' for the
 *   automatic `online`), `n` (connections), `app` (connections that appear online), and per connection
 *   `c:<connectionId>` = '1' or '0' (appears online) followed by the id of the node that holds it.
 * - `P:node:<nodeId>:conns` hash: connectionId → userId, what a sweep of a dead node walks.
 * - `P:node:<nodeId>:alive`: the node's heartbeat, expiring unless renewed.
 * - `P:node:<nodeId>:sweeper`: which node is sweeping a dead one (expires, so a sweeper that dies is
 *   replaced).
 * - `P:nodes` set: nodes that hold connections or heartbeat, so a sweep never scans the keyspace.
 * - `P:visible` set: users whose activity is set and not `offline`, so listing them skips hidden users.
 *
 * Scripts derive user and node keys from ids inside Lua, so they need one Redis (or, on Redis Cluster, a
 * prefix with a hash tag such as `{switchboard}:` that puts every key in one slot).
 */

// An absent activity travels as '' in both directions: a nil inside a Lua table would cut it short.
const REMOVE_CONNECTION = `
local function removeConnection(prefix, connId, userId, byNode)
  local user = prefix .. 'user:' .. userId
  local act = redis.call('HGET', user, 'act') or ''
  local held = redis.call('HGET', user, 'c:' .. connId)
  -- A connection resumed on another node is that node's now: a late removal by the first one is not.
  if not held or (byNode ~= '' and string.sub(held, 2) ~= byNode) then
    return act, act, tonumber(redis.call('HGET', user, 'n') or '0')
  end
  redis.call('HDEL', user, 'c:' .. connId)
  redis.call('HDEL', prefix .. 'node:' .. string.sub(held, 2) .. ':conns', connId)
  local n = redis.call('HINCRBY', user, 'n', -1)
  if n <= 0 then
    redis.call('DEL', user)
    redis.call('SREM', prefix .. 'visible', userId)
    return act, '', 0
  end
  if string.sub(held, 1, 1) == '1' then
    local appearing = redis.call('HINCRBY', user, 'app', -1)
    if appearing <= 0 and redis.call('HGET', user, 'auto') == '1' then
      redis.call('HDEL', user, 'act', 'auto')
      redis.call('SREM', prefix .. 'visible', userId)
      return act, '', n
    end
  end
  return act, act, n
end
`;

/**
 * KEYS: user, node conns, nodes, visible. ARGV: connId, userId, username, appear, nodeId, automatic
 * online, prefix (for the node a resumed connection comes from).
 */
export const ADD_CONNECTION = `
local user = KEYS[1]
local act = redis.call('HGET', user, 'act') or ''
local field = 'c:' .. ARGV[1]
local held = redis.call('HGET', user, field)
if held then
  -- The same connection resumed on another node (connection-state recovery keeps its id): that node
  -- holds it from now on, so the first one's late removal, or a sweep of it, leaves it be.
  local from = string.sub(held, 2)
  if from ~= ARGV[5] then
    redis.call('HDEL', ARGV[7] .. 'node:' .. from .. ':conns', ARGV[1])
    redis.call('HSET', user, field, string.sub(held, 1, 1) .. ARGV[5])
    redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
    redis.call('SADD', KEYS[3], ARGV[5])
  end
  return {act, act}
end
redis.call('HSETNX', user, 'name', ARGV[3])
redis.call('HSET', user, field, ARGV[4] .. ARGV[5])
redis.call('HINCRBY', user, 'n', 1)
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[5])
if ARGV[4] == '1' then
  redis.call('HINCRBY', user, 'app', 1)
  if act == '' then
    redis.call('HSET', user, 'act', ARGV[6], 'auto', '1')
    redis.call('SADD', KEYS[4], ARGV[2])
    return {act, ARGV[6]}
  end
end
return {act, act}
`;

/** KEYS: user. ARGV: prefix, connId, userId, the removing node. Returns before, after, remaining. */
export const REMOVE = `${REMOVE_CONNECTION}
local before, after, remaining = removeConnection(ARGV[1], ARGV[2], ARGV[3], ARGV[4])
return {before, after, remaining}
`;

/** KEYS: user, visible. ARGV: userId, activity, automatic, visible. Returns the activity before, or nil. */
export const SET_ACTIVITY = `
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
local before = redis.call('HGET', KEYS[1], 'act') or ''
redis.call('HSET', KEYS[1], 'act', ARGV[2], 'auto', ARGV[3])
if ARGV[4] == '1' then
  redis.call('SADD', KEYS[2], ARGV[1])
else
  redis.call('SREM', KEYS[2], ARGV[1])
end
return before
`;

/** KEYS: alive, nodes. ARGV: nodeId, ttl ms. Returns 1 when the heartbeat was still alive. */
export const HEARTBEAT = `
local was = redis.call('EXISTS', KEYS[1])
redis.call('SET', KEYS[1], '1', 'PX', ARGV[2])
redis.call('SADD', KEYS[2], ARGV[1])
return was
`;

/**
 * Removes one batch of a dead node's connections, for the node that claims it; the claim is renewed with
 * every batch and expires if that node dies midway. Stops as soon as the node heartbeats again.
 * KEYS: alive, conns, sweeper, nodes (of the dead node). ARGV: prefix, dead node, sweeping node, claim
 * ttl ms, batch. Returns a status ('alive', 'taken', 'more', 'done'), the number of connections removed,
 * then each removed connection's id, userId and username (for what else they were in: parties), then,
 * per user whose record changed, userId, username, before, after (a user's connections in one batch
 * make one change).
 */
export const SWEEP_NODE = `${REMOVE_CONNECTION}
if redis.call('EXISTS', KEYS[1]) == 1 then return {'alive'} end
local claim = redis.call('GET', KEYS[3])
if claim and claim ~= ARGV[3] then return {'taken'} end
redis.call('SET', KEYS[3], ARGV[3], 'PX', ARGV[4])
local batch = tonumber(ARGV[5])
local entries = redis.call('HSCAN', KEYS[2], '0', 'COUNT', batch)[2]
local order, names, befores, afters, removed = {}, {}, {}, {}, {}
for i = 1, math.min(#entries, 2 * batch), 2 do
  local connId, userId = entries[i], entries[i + 1]
  if names[userId] == nil then
    names[userId] = redis.call('HGET', ARGV[1] .. 'user:' .. userId, 'name') or ''
    order[#order + 1] = userId
  end
  removed[#removed + 1] = connId
  removed[#removed + 1] = userId
  removed[#removed + 1] = names[userId]
  local before, after = removeConnection(ARGV[1], connId, userId, '')
  if befores[userId] == nil then befores[userId] = before end
  afters[userId] = after
  -- A connection its user's record does not know (never expected) must still leave the node's set.
  redis.call('HDEL', KEYS[2], connId)
end
local out = {'more', #removed / 3}
if redis.call('HLEN', KEYS[2]) == 0 then
  redis.call('DEL', KEYS[3])
  redis.call('SREM', KEYS[4], ARGV[2])
  out[1] = 'done'
end
for _, value in ipairs(removed) do out[#out + 1] = value end
for _, userId in ipairs(order) do
  if befores[userId] ~= afters[userId] then
    out[#out + 1] = userId
    out[#out + 1] = names[userId]
    out[#out + 1] = befores[userId]
    out[#out + 1] = afters[userId]
  end
end
return out
`;
