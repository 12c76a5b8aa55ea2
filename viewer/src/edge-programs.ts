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
import type { EdgeDisplayData, RenderParams as SigmaRenderParams } from 'sigma/types';
import { type EdgeShape, HIDDEN_PROGRAM, programKey } from './style';

/** Inserts `text` after (or before) `anchor`; fails loudly if a sigma upgrade changed the shader it patches. */
function patch(source: string, anchor: string, text: string, where: 'before' | 'after' = 'after'): string {
  if (!source.includes(anchor)) throw new Error(`edge programs: shader anchor "${anchor}" not found`);
  return source.replace(anchor, where === 'after' ? `${anchor}\n${text}` : `${text}\n${anchor}`);
}

const VARYINGS =
  'varying vec2 v_dash;\nvarying vec2 v_dashOrigin;\nvarying vec2 v_dashDirection;\nvarying float v_dashPixelRatio;';

/** Straight programs work in clip space: the source and direction are turned into device pixels here. */
const STRAIGHT_VERTEX = `
  v_dash = a_dash;
  vec2 dashSource = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 dashTarget = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_dashOrigin = (dashSource + 1.0) * u_dimensions / 2.0;
  v_dashDirection = normalize((dashTarget - dashSource) * u_dimensions);
  v_dashPixelRatio = u_pixelRatio;`;

/** The curve program already has the endpoints in device pixels. */
const CURVE_VERTEX = `
  v_dash = a_dash;
  v_dashOrigin = viewportSource;
  v_dashDirection = normalize(viewportTarget - viewportSource);
  v_dashPixelRatio = u_pixelRatio;`;

/**
 * Drops the fragments that fall in a gap of the edge's own pattern (`a_dash`: dash and gap in CSS pixels; a zero
 * dash is solid), measured along the source→target chord. For the curves used here (control point over the chord's
 * middle) the chord projection grows linearly with the curve parameter, so the dashes stay even. Picking is not
 * dashed, so a dashed edge is as easy to hover as a solid one; an arrow head is kept whole.
 */
function fragmentCheck(keepArrowHead: boolean): string {
  const head = keepArrowHead
    ? ' && length(gl_FragCoord.xy - v_targetPoint) > v_targetSize + v_thickness * u_lengthToThicknessRatio'
    : '';
  return `
  #ifndef PICKING_MODE
  if (v_dash.x > 0.0) {
    float dashAlong = dot(gl_FragCoord.xy - v_dashOrigin, v_dashDirection) / v_dashPixelRatio;
    if (mod(dashAlong, v_dash.x + v_dash.y) > v_dash.x${head}) discard;
  }
  #endif`;
}

/** The stroke pattern the edge reducer gives an edge: [dash, gap] in CSS pixels, none for a solid line. */
export type DashedDisplayData = EdgeDisplayData & { dash?: readonly [number, number] };

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
  getDefinition(): {
    VERTEX_SHADER_SOURCE: string;
    FRAGMENT_SHADER_SOURCE: string;
    UNIFORMS: ReadonlyArray<string>;
    ATTRIBUTES: ReadonlyArray<{ name: string; size: number; type: number }>;
  };
  setUniforms(params: SigmaRenderParams, info: ProgramInfo): void;
  processVisibleItem(
    edgeIndex: number,
    startIndex: number,
    source: unknown,
    target: unknown,
    data: DashedDisplayData,
  ): void;
  array: Float32Array;
  ATTRIBUTES_ITEMS_COUNT: number;
}
type PatchableClass = new (...args: ConstructorParameters<EdgeProgramType>) => PatchableProgram;

/**
 * A subclass of a sigma edge program that is easier to pick and draws each edge's own stroke pattern: the pattern
 * is one more instance attribute, so solid, dashed and dotted edges share one program (sigma compiles every
 * registered program before the first frame).
 */
function styled(Base: EdgeProgramType, shape: EdgeShape): EdgeProgramType {
  const Parent = Base as unknown as PatchableClass;
  const straight = shape === 'straight';
  class StyledEdgeProgram extends Parent {
    override getDefinition() {
      const definition = super.getDefinition();
      let vertex = patch(definition.VERTEX_SHADER_SOURCE, 'float minThickness = u_minEdgeThickness;', PICK_VERTEX);
      let fragment = definition.FRAGMENT_SHADER_SOURCE;
      const arrowHead = !straight && fragment.includes('v_targetPoint');
      vertex = patch(vertex, 'void main() {', `attribute vec2 a_dash;\n${VARYINGS}`, 'before');
      if (straight) vertex = patch(vertex, 'void main() {', 'uniform vec2 u_dimensions;', 'before');
      vertex = patch(
        vertex,
        straight ? 'v_normal = unitNormal;' : 'v_cpC = viewportTarget;',
        straight ? STRAIGHT_VERTEX : CURVE_VERTEX,
      );
      fragment = patch(fragment, 'void main(void) {', VARYINGS, 'before');
      fragment = patch(fragment, 'void main(void) {', fragmentCheck(arrowHead));
      return {
        ...definition,
        // Last, so that the base program's own attributes keep their places in each item.
        ATTRIBUTES: [...definition.ATTRIBUTES, { name: 'a_dash', size: 2, type: WebGLRenderingContext.FLOAT }],
        UNIFORMS: straight ? [...definition.UNIFORMS, 'u_dimensions'] : definition.UNIFORMS,
        VERTEX_SHADER_SOURCE: vertex,
        FRAGMENT_SHADER_SOURCE: fragment,
      };
    }

    override processVisibleItem(
      edgeIndex: number,
      startIndex: number,
      source: unknown,
      target: unknown,
      data: DashedDisplayData,
    ) {
      super.processVisibleItem(edgeIndex, startIndex, source, target, data);
      const end = startIndex + this.ATTRIBUTES_ITEMS_COUNT;
      this.array[end - 2] = data.dash?.[0] ?? 0;
      this.array[end - 1] = data.dash?.[1] ?? 0;
    }

    override setUniforms(params: SigmaRenderParams, info: ProgramInfo) {
      super.setUniforms(params, info);
      const location = info.uniformLocations.u_dimensions;
      if (straight && location)
        info.gl.uniform2f(location, params.width * params.pixelRatio, params.height * params.pixelRatio);
    }
  }
  return StyledEdgeProgram as unknown as EdgeProgramType;
}

function program(shape: EdgeShape, arrow: boolean): EdgeProgramType {
  if (shape === 'curved') return styled(arrow ? EdgeCurvedArrowProgram : EdgeCurveProgram, shape);
  const line = styled(arrow ? EdgeClampedProgram : EdgeRectangleProgram, shape);
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
 * The programs the edge reducer may ask for, keyed by `programKey`: all of them, or only the keys given (sigma
 * compiles every registered program up front, so a graph should register only what it uses). The default
 * 'straight' program and the hidden one are always included. Each call makes new classes, so that passing them to
 * sigma's `edgeProgramClasses` setting rebuilds the programs, with picking if it is armed by then.
 */
export function edgeProgramClasses(
  keys?: ReadonlySet<string>,
  picking: EdgePicking = { armed: true },
): Record<string, EdgeProgramType> {
  const classes: Record<string, EdgeProgramType> = { [HIDDEN_PROGRAM]: HiddenEdgeProgram as EdgeProgramType };
  for (const shape of ['straight', 'curved'] as const)
    for (const arrow of [false, true]) {
      const key = programKey(shape, arrow);
      if (!keys || keys.has(key) || key === 'straight') classes[key] = pickedOnceArmed(program(shape, arrow), picking);
    }
  return classes;
}
