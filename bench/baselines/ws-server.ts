// Baseline (b): a raw `ws` server doing the same broadcast, one JSON text frame per message: the ceiling
// of Node and its WebSocket library on this machine.
//   PORT=… node --import tsx bench/baselines/ws-server.ts
import { createServer } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';

interface Request {
  type: 'join' | 'publish' | 'echo';
  id: number;
  room?: string;
  body?: unknown;
  data?: string;
}

const httpServer = createServer();
const wss = new WebSocketServer({ server: httpServer, perMessageDeflate: false });
const rooms = new Map<string, Set<WebSocket>>();

wss.on('connection', (ws) => {
  const mine = new Set<string>();
  ws.on('message', (data) => {
    const request = JSON.parse(data.toString()) as Request;
    if (request.type === 'join' && request.room) {
      const members = rooms.get(request.room) ?? new Set<WebSocket>();
      members.add(ws);
      rooms.set(request.room, members);
      mine.add(request.room);
      ws.send(JSON.stringify({ type: 'ok', id: request.id }));
    } else if (request.type === 'publish' && request.room) {
      // Encoded once for every member, as Socket.IO's broadcast does (a string would be encoded per send).
      const frame = Buffer.from(JSON.stringify({ type: 'message', room: request.room, body: request.body }));
      for (const member of rooms.get(request.room) ?? []) member.send(frame, { binary: false });
      ws.send(JSON.stringify({ type: 'ok', id: request.id }));
    } else if (request.type === 'echo') {
      ws.send(JSON.stringify({ type: 'ok', id: request.id, data: `echo: ${request.data}` }));
    }
  });
  ws.on('close', () => {
    for (const room of mine) rooms.get(room)?.delete(ws);
  });
});

httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`baseline ws listening on ${process.env.PORT}`);
});
process.on('SIGTERM', () => wss.close(() => process.exit(0)));
