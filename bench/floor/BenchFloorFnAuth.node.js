'use strict';
exports.BenchFloorFnAuth = require('./factory').NODES.BenchFloorFnAuth;
