import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import {
  createEdgeCompoundProgram,
  EdgeArrowHeadProgram,
  EdgeClampedProgram,
  type EdgeProgramType,
  EdgeRectangleProgram,
  numberToGLSLFloat,
  type ProgramInfo,
} from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { DASH_PATTERNS, type Dash, type EdgeShape, HIDDEN_PROGRAM, programKey } from './style';

/** Inserts `text` after (or before) `anchor`; fails loudly if a sigma upgrade changed the shader it patches. */
function patch(source: string, anchor: string, text: string, where: 'before' | 'after' = 'after'): string {
  if (!source.includes(anchor)) throw new Error(`edge programs: shader anchor "${anchor}" not found`);
  return source.replace(anchor, where === 'after' ? `${anchor}\n${text}` : `${text}\n${anchor}`);
}

const VARYINGS = 'varying vec2 v_dashOrigin;\nvarying vec2 v_dashDirection;\nvarying float v_dashPixelRatio;';

/** Straight programs work in clip space: the source and direction are turned into device pixels here. */
const STRAIGHT_VERTEX = `
  vec2 dashSource = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 dashTarget = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_dashOrigin = (dashSource + 1.0) * u_dimensions / 2.0;
  v_dashDirection = normalize((dashTarget - dashSource) * u_dimensions);
  v_dashPixelRatio = u_pixelRatio;`;

/** The curve program already has the endpoints in device pixels. */
const CURVE_VERTEX = `
  v_dashOrigin = viewportSource;
  v_dashDirection = normalize(viewportTarget - viewportSource);
  v_dashPixelRatio = u_pixelRatio;`;

/**
 * Drops the fragments that fall in a gap, measured along the source→target chord in CSS pixels. For the curves used
 * here (control point over the chord's middle) the chord projection grows linearly with the curve parameter, so the
 * dashes stay even. Picking is not dashed, so a dashed edge is as easy to hover as a solid one; an arrow head is kept whole.
 */
function fragmentCheck([on, off]: readonly [number, number], keepArrowHead: boolean): string {
  const head = keepArrowHead
    ? ' && length(gl_FragCoord.xy - v_targetPoint) > v_targetSize + v_thickness * u_lengthToThicknessRatio'
    : '';
  return `
  #ifndef PICKING_MODE
  float dashAlong = dot(gl_FragCoord.xy - v_dashOrigin, v_dashDirection) / v_dashPixelRatio;
  if (mod(dashAlong, ${numberToGLSLFloat(on + off)}) > ${numberToGLSLFloat(on)}${head}) discard;
  #endif`;
}

/**
 * Edges are picked (hover, click) from a half-resolution buffer where a 2 px line is nearly impossible to hit; in
 * that pass only, every edge is drawn at least this many CSS pixels wide.
 */
const PICK_THICKNESS = 8;

const PICK_VERTEX = `
  #ifdef PICKING_MODE
  minThickness = max(minThickness, ${numberToGLSLFloat(PICK_THICKNESS)});
  #endif`;

interface PatchableProgram {
  getDefinition(): { VERTEX_SHADER_SOURCE: string; FRAGMENT_SHADER_SOURCE: string; UNIFORMS: ReadonlyArray<string> };
  setUniforms(params: RenderParams, info: ProgramInfo): void;
}
type PatchableClass = new (...args: ConstructorParameters<EdgeProgramType>) => PatchableProgram;

/** A subclass of a sigma edge program that is easier to pick and, given a pattern, dashed. */
function styled(Base: EdgeProgramType, shape: EdgeShape, pattern?: readonly [number, number]): EdgeProgramType {
  const Parent = Base as unknown as PatchableClass;
  const straight = shape === 'straight';
  class StyledEdgeProgram extends Parent {
    override getDefinition() {
      const definition = super.getDefinition();
      let vertex = patch(definition.VERTEX_SHADER_SOURCE, 'float minThickness = u_minEdgeThickness;', PICK_VERTEX);
      let fragment = definition.FRAGMENT_SHADER_SOURCE;
      if (pattern) {
        const arrowHead = !straight && fragment.includes('v_targetPoint');
        vertex = patch(vertex, 'void main() {', VARYINGS, 'before');
        if (straight) vertex = patch(vertex, 'void main() {', 'uniform vec2 u_dimensions;', 'before');
        vertex = patch(
          vertex,
          straight ? 'v_normal = unitNormal;' : 'v_cpC = viewportTarget;',
          straight ? STRAIGHT_VERTEX : CURVE_VERTEX,
        );
        fragment = patch(fragment, 'void main(void) {', VARYINGS, 'before');
        fragment = patch(fragment, 'void main(void) {', fragmentCheck(pattern, arrowHead));
      }
      return {
        ...definition,
        UNIFORMS: pattern && straight ? [...definition.UNIFORMS, 'u_dimensions'] : definition.UNIFORMS,
        VERTEX_SHADER_SOURCE: vertex,
        FRAGMENT_SHADER_SOURCE: fragment,
      };
    }

    override setUniforms(params: RenderParams, info: ProgramInfo) {
      super.setUniforms(params, info);
      const location = info.uniformLocations.u_dimensions;
      if (pattern && straight && location)
        info.gl.uniform2f(location, params.width * params.pixelRatio, params.height * params.pixelRatio);
    }
  }
  return StyledEdgeProgram as unknown as EdgeProgramType;
}

function program(shape: EdgeShape, arrow: boolean, dash: Dash): EdgeProgramType {
  const pattern = DASH_PATTERNS[dash];
  if (shape === 'curved') return styled(arrow ? EdgeCurvedArrowProgram : EdgeCurveProgram, shape, pattern);
  const line = styled(arrow ? EdgeClampedProgram : EdgeRectangleProgram, shape, pattern);
  return arrow ? createEdgeCompoundProgram([line, EdgeArrowHeadProgram]) : line;
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
 * The programs the edge reducer may ask for, keyed by `programKey`: all of them, or only the keys given (sigma
 * compiles every registered program up front, so a graph should register only what it uses). The default
 * 'straight' program and the hidden one are always included.
 */
export function edgeProgramClasses(keys?: ReadonlySet<string>): Record<string, EdgeProgramType> {
  const classes: Record<string, EdgeProgramType> = { [HIDDEN_PROGRAM]: HiddenEdgeProgram as EdgeProgramType };
  for (const shape of ['straight', 'curved'] as const)
    for (const arrow of [false, true])
      for (const dash of Object.keys(DASH_PATTERNS) as Dash[]) {
        const key = programKey(shape, arrow, dash);
        if (!keys || keys.has(key) || key === 'straight') classes[key] = program(shape, arrow, dash);
      }
  return classes;
}
