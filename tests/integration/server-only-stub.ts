// "server-only" throws outside Next's server bundles; in integration tests we are the server.
export {};
