'use strict';
exports.BenchFloorFnApi = require('./factory').CREDENTIALS.benchFloorFnApi;
