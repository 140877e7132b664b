'use strict';
exports.BenchFloorQebotFnAuth = require('./factory').NODES.BenchFloorQebotFnAuth;
