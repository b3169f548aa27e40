// The reference collaboration server for `npm run bench:collab`: y-websocket 1.5.4's own
// `setupWSConnection` (bin/utils.js, what its bin/server.js runs) on a plain HTTP server, with no
// authentication and no persistence. Installed as "y-websocket-reference": "npm:y-websocket@1.5.4".
const http = require('node:http');
const { WebSocketServer } = require('ws');

let setupWSConnection;
try {
  ({ setupWSConnection } = require('y-websocket-reference/bin/utils'));
} catch (error) {
  console.error(`reference server unavailable: ${error.message}`);
  process.exit(3);
}

const server = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('okay');
});
const wss = new WebSocketServer({ noServer: true });
wss.on('connection', (ws, req) => setupWSConnection(ws, req, { gc: true }));
server.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)));
server.listen(0, '127.0.0.1', () => console.log(`reference server listening on ${server.address().port}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
