// Preloaded (node --import) into a child process spawned with an IPC channel: when the parent goes, even
// SIGKILLed, the channel closes and the child is sent SIGTERM, as if the parent had stopped it, rather
// than living on as an orphan (a server holding its port, a renderer writing into a folder that was
// cleaned up). The channel is unref'd: it keeps no child alive that would otherwise have exited.
if (process.channel) {
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
