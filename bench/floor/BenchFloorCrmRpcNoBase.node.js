'use strict';
exports.BenchFloorCrmRpcNoBase = require('./factory').NODES.BenchFloorCrmRpcNoBase;
