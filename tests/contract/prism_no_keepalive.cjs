// Loaded into each Prism (NODE_OPTIONS=--require): Prism forwards on Node's global agent, whose idle sockets
// live 5 s, as long as uvicorn keeps an idle connection open; a call sent on a socket the server has just
// closed fails ("socket hang up") and Prism answers 500. One connection per forwarded call instead.
const http = require("http");
http.globalAgent = new http.Agent({ keepAlive: false });
