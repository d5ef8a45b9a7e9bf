import { RedisScript } from './redis-script.js';

/*
 * The Lua side of RedisConnectionSlots. Keys, all under one prefix P:
 *   P:scope:<name>  sorted set: the connections holding a slot in a scope, scored by P:seq (oldest first)
 *   P:conn:<id>     hash: `node` (the node that holds it) and `s:<scope>` for each scope it holds
 *   P:node:<node>   sorted set: the connections a node holds (what a sweep releases when it dies)
 *   P:nodes         sorted set: live nodes, scored by their last heartbeat (ms)
 *   P:dead          sorted set: nodes declared dead whose connections are still being released
 *   P:seq           counter: acquisition order across nodes
 * Every set holds live connections only (bounded by the caps and by the nodes' own connections), each
 * key disappears when its set empties, and each script touches a bounded number of members.
 * Keys are built inside the scripts from the prefix (a connection's scopes are only known from its
 * record), so this needs one Redis, not Redis Cluster.
 */

// ARGV[1] is always the prefix, ARGV[2] the clock (ms, or -1 for Redis's own).
const COMMON = `
local prefix = ARGV[1]
local now = tonumber(ARGV[2])
if now < 0 then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function release(conn)
  local record = prefix .. 'conn:' .. conn
  local fields = redis.call('HGETALL', record)
  for i = 1, #fields, 2 do
    if fields[i] == 'node' then
      redis.call('ZREM', prefix .. 'node:' .. fields[i + 1], conn)
    else
      redis.call('ZREM', prefix .. 'scope:' .. string.sub(fields[i], 3), conn)
    end
  end
  redis.call('DEL', record)
  return #fields > 0
end
`;

/**
 * ARGV: prefix, now, node, connection, then (scope, cap, replaceOldest 0/1) for each scope.
 * All or nothing: either the connection holds a slot in every scope afterwards, or nothing changed
 * and the reply names the first scope that refused. A full scope marked replaceOldest makes room by
 * releasing its oldest holders (whichever node holds them), and those count as gone for the scopes
 * after it. Reply: {'ok', evicted id, its node, ...} | {'refused', scope} | {'lost'} when the node is
 * not (or no longer) registered as live.
 */
export const ACQUIRE = new RedisScript(`${COMMON}
local node, conn = ARGV[3], ARGV[4]
if not redis.call('ZSCORE', prefix .. 'nodes', node) then return {'lost'} end
local evict, evicting = {}, {}
local scopes = {}
for i = 5, #ARGV, 3 do
  local name, cap, replace = ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2] == '1'
  local key = prefix .. 'scope:' .. name
  scopes[#scopes + 1] = name
  if cap > 0 and not redis.call('ZSCORE', key, conn) then
    local held = redis.call('ZCARD', key)
    for _, e in ipairs(evict) do
      if redis.call('ZSCORE', key, e) then held = held - 1 end
    end
    if held >= cap then
      if not replace then return {'refused', name} end
      for _, oldest in ipairs(redis.call('ZRANGE', key, 0, -1)) do
        if held < cap then break end
        if not evicting[oldest] then
          evicting[oldest] = true
          evict[#evict + 1] = oldest
          held = held - 1
        end
      end
    end
  end
end
local reply = {'ok'}
for _, e in ipairs(evict) do
  reply[#reply + 1] = e
  reply[#reply + 1] = redis.call('HGET', prefix .. 'conn:' .. e, 'node') or ''
  release(e)
end
local seq = redis.call('INCR', prefix .. 'seq')
local record = prefix .. 'conn:' .. conn
for _, name in ipairs(scopes) do
  redis.call('ZADD', prefix .. 'scope:' .. name, 'NX', seq, conn)
  redis.call('HSET', record, 's:' .. name, '1')
end
redis.call('HSET', record, 'node', node)
redis.call('ZADD', prefix .. 'node:' .. node, 'NX', seq, conn)
return reply
`);

/** ARGV: prefix, now, connection. Releases every slot the connection holds, on whichever node. */
export const RELEASE = new RedisScript(`${COMMON}
return release(ARGV[3]) and 1 or 0
`);

/** ARGV: prefix, now, connection, scope. Gives up one scope's slot and keeps the others. */
export const LEAVE = new RedisScript(`${COMMON}
redis.call('ZREM', prefix .. 'scope:' .. ARGV[4], ARGV[3])
redis.call('HDEL', prefix .. 'conn:' .. ARGV[3], 's:' .. ARGV[4])
return 1
`);

/** ARGV: prefix, now, node, register 0/1. Reply 0 when a heartbeat finds the node was declared dead. */
export const HEARTBEAT = new RedisScript(`${COMMON}
local nodes = prefix .. 'nodes'
if ARGV[4] ~= '1' and not redis.call('ZSCORE', nodes, ARGV[3]) then return 0 end
redis.call('ZADD', nodes, now, ARGV[3])
return 1
`);

/** ARGV: prefix, now, node. A node leaving cleanly: declared dead now, so a sweep releases its slots. */
export const RETIRE = new RedisScript(`${COMMON}
redis.call('ZREM', prefix .. 'nodes', ARGV[3])
redis.call('ZADD', prefix .. 'dead', now, ARGV[3])
return 1
`);

/**
 * ARGV: prefix, now, deadAfterMs, batch. Declares dead the node with the oldest heartbeat if it is
 * older than deadAfterMs (moving it from P:nodes to P:dead, so a late heartbeat finds it gone), then
 * releases up to `batch` connections of a dead node. Reply: {node, released, left}; node '' when no
 * node is dead. Redis runs one script at a time, so however many nodes sweep at once, each dead
 * node is declared once and each of its slots released once.
 */
export const SWEEP = new RedisScript(`${COMMON}
local nodes, deadSet = prefix .. 'nodes', prefix .. 'dead'
local dead = redis.call('ZRANGE', deadSet, 0, 0)[1]
if not dead then
  dead = redis.call('ZRANGEBYSCORE', nodes, '-inf', now - tonumber(ARGV[3]), 'LIMIT', 0, 1)[1]
  if not dead then return {'', 0, 0} end
  redis.call('ZREM', nodes, dead)
  redis.call('ZADD', deadSet, now, dead)
end
local nodeKey = prefix .. 'node:' .. dead
local conns = redis.call('ZRANGE', nodeKey, 0, tonumber(ARGV[4]) - 1)
local released = 0
for _, c in ipairs(conns) do
  -- A connection its node took again after rejoining under a new id is that id's now.
  if redis.call('HGET', prefix .. 'conn:' .. c, 'node') == dead then
    release(c)
    released = released + 1
  end
  redis.call('ZREM', nodeKey, c)
end
local left = redis.call('ZCARD', nodeKey)
if left == 0 then redis.call('ZREM', deadSet, dead) end
return {dead, released, left}
`);
