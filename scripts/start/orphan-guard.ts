/**
 * Preloaded into every child of the launcher (`node --require`): when the launcher goes
 * away without stopping it (killed with SIGKILL, crashed), the IPC channel closes and the
 * child stops itself the ordinary way, so no server is left holding its port.
 */
process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
