'use strict';
exports.BenchFloorApi = require('./factory').CREDENTIALS.benchFloorApi;
