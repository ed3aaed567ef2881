// Serves the bundled worker with Deno.serve on a free loopback port and prints the port.
import worker from './worker.bundle.js';

Deno.serve(
  { port: 0, hostname: '127.0.0.1', onListen: ({ port }) => console.log(`port ${port}`) },
  worker.fetch,
);
