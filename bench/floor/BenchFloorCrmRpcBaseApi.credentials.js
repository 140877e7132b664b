'use strict';
exports.BenchFloorCrmRpcBaseApi = require('./factory').CREDENTIALS.benchFloorCrmRpcBaseApi;
