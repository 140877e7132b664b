'use strict';
exports.BenchFloorCrmRpcFnApi = require('./factory').CREDENTIALS.benchFloorCrmRpcFnApi;
