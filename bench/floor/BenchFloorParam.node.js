'use strict';
exports.BenchFloorParam = require('./factory').NODES.BenchFloorParam;
