import "./block-network.mjs";
