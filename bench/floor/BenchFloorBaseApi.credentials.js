'use strict';
exports.BenchFloorBaseApi = require('./factory').CREDENTIALS.benchFloorBaseApi;
