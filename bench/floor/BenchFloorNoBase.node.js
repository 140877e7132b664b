'use strict';
exports.BenchFloorNoBase = require('./factory').NODES.BenchFloorNoBase;
