// Baseline (a): a bare Socket.IO 4 server doing the benchmark's work with nothing else: no auth, no
// validation, no persistence. What Switchboard's Socket.IO transport could at best be on this machine.
//   PORT=… node --import tsx bench/baselines/socketio-server.ts
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const httpServer = createServer();
const io = new Server(httpServer, { transports: ['websocket'], serveClient: false });

io.on('connection', (socket) => {
  socket.on('join', (payload: { room: string }, ack: (reply: unknown) => void) => {
    socket.join(payload.room);
    ack({ room: payload.room });
  });
  socket.on('publish', (payload: { room: string; body: unknown }, ack: (reply: unknown) => void) => {
    io.to(payload.room).emit('message', { room: payload.room, body: payload.body });
    ack({ ok: true });
  });
  socket.on('echo', (payload: { data: string }, ack: (reply: unknown) => void) => {
    ack({ data: `echo: ${payload.data}` });
  });
});

httpServer.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`baseline socket.io listening on ${process.env.PORT}`);
});
process.on('SIGTERM', () => io.close(() => process.exit(0)));
