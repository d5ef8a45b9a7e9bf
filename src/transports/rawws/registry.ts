import type { RawSocket } from './raw-socket.js';

function add<K>(map: Map<K, Set<RawSocket>>, key: K, socket: RawSocket): void {
  const set = map.get(key) ?? new Set<RawSocket>();
  set.add(socket);
  map.set(key, set);
}

function remove<K>(map: Map<K, Set<RawSocket>>, key: K, socket: RawSocket): void {
  const set = map.get(key);
  set?.delete(socket);
  if (set?.size === 0) map.delete(key);
}

/**
 * The raw transport's rooms, in this process: which connections are open, authenticated, in which
 * chat room and subscribed to which repository. The notifiers read it to deliver events.
 */
export class RawRegistry {
  readonly bySid = new Map<string, RawSocket>();
  readonly authenticated = new Set<RawSocket>();
  readonly byUser = new Map<string, Set<RawSocket>>();
  readonly rooms = new Map<string, Set<RawSocket>>();
  readonly repos = new Map<string, Set<RawSocket>>();
  private readonly memberships = new Map<RawSocket, { rooms: Set<string>; repos: Set<string> }>();

  opened(socket: RawSocket): void {
    this.bySid.set(socket.sid, socket);
    this.memberships.set(socket, { rooms: new Set(), repos: new Set() });
  }

  authenticate(socket: RawSocket): void {
    if (!socket.identity) return;
    this.authenticated.add(socket);
    add(this.byUser, socket.identity.userId, socket);
  }

  join(socket: RawSocket, room: string): void {
    add(this.rooms, room, socket);
    this.memberships.get(socket)?.rooms.add(room);
  }

  leave(socket: RawSocket, room: string): void {
    remove(this.rooms, room, socket);
    this.memberships.get(socket)?.rooms.delete(room);
  }

  subscribe(socket: RawSocket, repo: string): void {
    add(this.repos, repo, socket);
    this.memberships.get(socket)?.repos.add(repo);
  }

  unsubscribe(socket: RawSocket, repo: string): void {
    remove(this.repos, repo, socket);
    this.memberships.get(socket)?.repos.delete(repo);
  }

  closed(socket: RawSocket): void {
    const mine = this.memberships.get(socket);
    for (const room of mine?.rooms ?? []) remove(this.rooms, room, socket);
    for (const repo of mine?.repos ?? []) remove(this.repos, repo, socket);
    this.memberships.delete(socket);
    this.bySid.delete(socket.sid);
    this.authenticated.delete(socket);
    if (socket.identity) remove(this.byUser, socket.identity.userId, socket);
  }
}
