namespace Continuum.Evidence;
internal static class AssemblyMarker { }
