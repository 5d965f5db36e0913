"use strict";
// Working-age page: the options of `continuum workforce`; the equations shown are those of the projection.
(() => {
  ContinuumModels.page("/api/models/workforce");
})();
