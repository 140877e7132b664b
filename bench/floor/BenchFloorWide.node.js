'use strict';
exports.BenchFloorWide = require('./factory').NODES.BenchFloorWide;
