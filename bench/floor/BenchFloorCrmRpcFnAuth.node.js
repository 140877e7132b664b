'use strict';
exports.BenchFloorCrmRpcFnAuth = require('./factory').NODES.BenchFloorCrmRpcFnAuth;
