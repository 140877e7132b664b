'use strict';
exports.BenchFloorQebotBaseApi = require('./factory').CREDENTIALS.benchFloorQebotBaseApi;
