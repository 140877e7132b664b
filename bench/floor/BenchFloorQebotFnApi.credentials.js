'use strict';
exports.BenchFloorQebotFnApi = require('./factory').CREDENTIALS.benchFloorQebotFnApi;
