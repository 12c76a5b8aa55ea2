import { createDrawCurvedEdgeLabel, DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS } from '@sigma/edge-curve';
import { EdgeProgram, type EdgeProgramType, type ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { EDGE_FRAGMENT_SHADER, EDGE_VERTEX_SHADER } from './edge-shaders';
import { type EdgeShape, HIDDEN_PROGRAM } from './style';

/**
 * What the edge reducer adds to sigma's display data: the stroke pattern ([dash, gap] in CSS pixels, none for a
 * solid line), a parallel edge's curvature and whether the edge ends in an arrow head.
 */
export type DashedDisplayData = EdgeDisplayData & {
  dash?: readonly [number, number];
  curvature?: number;
  arrowHead?: boolean;
};

/** Segments a curved edge is cut into: enough that a parallel edge's curve shows no corners at full screen. */
const CURVE_SEGMENTS = 16;

const UNIFORMS = [
  'u_matrix',
  'u_sizeRatio',
  'u_pixelRatio',
  'u_dimensions',
  'u_minEdgeThickness',
  'u_feather',
] as const;
type Uniform = (typeof UNIFORMS)[number];

const { FLOAT, UNSIGNED_BYTE, TRIANGLES } = WebGLRenderingContext;

/** Per vertex [along, side, head]: two triangles per body segment, then the head's base corners and tip. */
function pathVertices(segments: number): number[][] {
  const vertices: number[][] = [];
  for (let segment = 0; segment < segments; segment++) {
    const [from, to] = [segment / segments, (segment + 1) / segments];
    vertices.push([from, 1, 0], [from, -1, 0], [to, 1, 0], [to, 1, 0], [from, -1, 0], [to, -1, 0]);
  }
  vertices.push([0, -1, 1], [0, 1, 1], [1, 0, 1]);
  return vertices;
}

const drawCurvedLabel = createDrawCurvedEdgeLabel(DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS);

/**
 * An edge program that draws the whole edge in one instanced pass: its body (straight, or a curve cut into
 * segments), its arrow head if it has one, and its own stroke pattern. Edges with and without a head, solid, dashed
 * and dotted, share a program, and both shapes the same shader source: they differ only in vertex count. Only
 * covered pixels are shaded, where a curve program that measures each pixel's distance to the curve shades its
 * whole bounding box.
 */
function edgePathProgram(shape: EdgeShape): EdgeProgramType {
  const segments = shape === 'curved' ? CURVE_SEGMENTS : 1;
  const vertices = pathVertices(segments);
  class EdgePathProgram extends EdgeProgram<Uniform> {
    override drawLabel = shape === 'curved' ? drawCurvedLabel : undefined;

    getDefinition() {
      return {
        VERTICES: vertices.length,
        VERTEX_SHADER_SOURCE: EDGE_VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: EDGE_FRAGMENT_SHADER,
        METHOD: TRIANGLES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_source', size: 2, type: FLOAT },
          { name: 'a_target', size: 2, type: FLOAT },
          { name: 'a_targetSize', size: 1, type: FLOAT },
          { name: 'a_thickness', size: 1, type: FLOAT },
          { name: 'a_curvature', size: 1, type: FLOAT },
          { name: 'a_dash', size: 2, type: FLOAT },
          { name: 'a_arrowHead', size: 1, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        ],
        CONSTANT_ATTRIBUTES: [
          { name: 'a_along', size: 1, type: FLOAT },
          { name: 'a_side', size: 1, type: FLOAT },
          { name: 'a_head', size: 1, type: FLOAT },
        ],
        CONSTANT_DATA: vertices,
      };
    }

    processVisibleItem(
      edgeIndex: number,
      startIndex: number,
      source: NodeDisplayData,
      target: NodeDisplayData,
      data: DashedDisplayData,
    ) {
      const array = this.array;
      let i = startIndex;
      array[i++] = source.x;
      array[i++] = source.y;
      array[i++] = target.x;
      array[i++] = target.y;
      array[i++] = target.size;
      array[i++] = data.size || 1;
      array[i++] = shape === 'curved' ? (data.curvature ?? DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS.defaultCurvature) : 0;
      array[i++] = data.dash?.[0] ?? 0;
      array[i++] = data.dash?.[1] ?? 0;
      array[i++] = data.arrowHead ? 1 : 0;
      array[i++] = floatColor(data.color);
      array[i++] = edgeIndex;
    }

    setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<Uniform>) {
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
      gl.uniform1f(uniformLocations.u_sizeRatio, params.sizeRatio);
      gl.uniform1f(uniformLocations.u_pixelRatio, params.pixelRatio);
      gl.uniform2f(uniformLocations.u_dimensions, params.width * params.pixelRatio, params.height * params.pixelRatio);
      gl.uniform1f(uniformLocations.u_minEdgeThickness, params.minEdgeThickness);
      gl.uniform1f(uniformLocations.u_feather, params.antiAliasingFeather);
    }
  }
  return EdgePathProgram as unknown as EdgeProgramType;
}

/**
 * The program of hidden edges. Sigma gives every edge a slot in its program's buffer and uploads and draws all of them
 * on every frame, hidden ones as empty triangles; edges given this program instead (the MENTIONS edges, hidden by
 * default, are half of a big graph's edges) are never stored, uploaded or drawn. It compiles no shader either.
 */
class HiddenEdgeProgram {
  drawLabel = undefined;
  reallocate() {}
  process() {}
  render() {}
  kill() {}
}

/**
 * Whether edges are drawn into sigma's picking buffer, which edge hover and click read. Drawing every edge a second
 * time costs the first frame dearly in software WebGL, so the viewer arms it at the first pointer move or click.
 */
export interface EdgePicking {
  armed: boolean;
}

/** A program that gets sigma's picking buffer only once picking is armed; without it, sigma skips the picking pass. */
function pickedOnceArmed(Base: EdgeProgramType, picking: EdgePicking): EdgeProgramType {
  const Parent = Base as unknown as new (...args: ConstructorParameters<EdgeProgramType>) => object;
  class LazilyPickedProgram extends Parent {
    constructor(...[gl, pickingBuffer, renderer]: ConstructorParameters<EdgeProgramType>) {
      super(gl, picking.armed ? pickingBuffer : null, renderer);
    }
  }
  return LazilyPickedProgram as unknown as EdgeProgramType;
}

/**
 * The programs the edge reducer may ask for, keyed by edge shape: both, or only the shapes given (sigma compiles
 * every registered program up front, so a graph should register only what it uses). The default 'straight' program
 * and the hidden one are always included. Each call makes new classes, so that passing them to
 * sigma's `edgeProgramClasses` setting rebuilds the programs, with picking if it is armed by then.
 */
export function edgeProgramClasses(
  keys?: ReadonlySet<string>,
  picking: EdgePicking = { armed: true },
): Record<string, EdgeProgramType> {
  const hidden = HiddenEdgeProgram as EdgeProgramType;
  // Sigma adds its own 'line' and 'arrow' programs to any it is given, with picking; this viewer draws no edge
  // with them, so they are replaced by the program that compiles nothing (six shader programs fewer to link).
  const classes: Record<string, EdgeProgramType> = { [HIDDEN_PROGRAM]: hidden, line: hidden, arrow: hidden };
  for (const shape of ['straight', 'curved'] as const)
    if (!keys || keys.has(shape) || shape === 'straight')
      classes[shape] = pickedOnceArmed(edgePathProgram(shape), picking);
  return classes;
}
