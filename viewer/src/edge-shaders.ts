import { numberToGLSLFloat } from 'sigma/rendering';

/**
 * Edges are picked (hover, click) from a half-resolution buffer where a 2 px line is nearly impossible to hit; in
 * that pass only, every edge is drawn at least this many CSS pixels wide.
 */
const PICK_THICKNESS = 8;

/** Arrow head proportions of sigma's own arrow programs: length and base width, in edge widths. */
const HEAD_LENGTH = 2.5;
const HEAD_WIDTH = 2;

/** What the vertex shader hands the fragment shader. */
const VARYINGS = `varying vec4 v_color;
varying float v_across;
varying float v_halfWidth;
varying float v_feather;
varying float v_along;
varying vec2 v_dash;
varying float v_head;`;

/**
 * One shader for every visible edge: a quadratic curve (straight when `a_curvature` is 0, the control point placed
 * as `@sigma/edge-curve` places it) cut into the segments its program's constant data gives, then an arrow head at
 * the target when the edge's `a_arrowHead` is 1 (else the head's three vertices collapse to one point). Geometry is
 * worked out in device pixels; each vertex knows where along the body (`a_along`, 0 to 1) or the head it sits, and on
 * which side (`a_side`).
 */
export const EDGE_VERTEX_SHADER = /*glsl*/ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_source;
attribute vec2 a_target;
attribute float a_targetSize;
attribute float a_thickness;
attribute float a_curvature;
attribute vec2 a_dash;
attribute float a_arrowHead;
attribute float a_along;
attribute float a_side;
attribute float a_head;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_pixelRatio;
uniform vec2 u_dimensions;
uniform float u_minEdgeThickness;
uniform float u_feather;

${VARYINGS}

const float bias = 255.0 / 254.0;

vec2 toViewport(vec2 position) {
  return ((u_matrix * vec3(position, 1)).xy + 1.0) * u_dimensions / 2.0;
}

vec2 curvePoint(vec2 source, vec2 control, vec2 target, float t) {
  float u = 1.0 - t;
  return u * u * source + 2.0 * u * t * control + t * t * target;
}

vec2 curveDirection(vec2 source, vec2 control, vec2 target, float t, vec2 fallback) {
  vec2 tangent = 2.0 * (1.0 - t) * (control - source) + 2.0 * t * (target - control);
  float speed = length(tangent);
  return speed > 0.0 ? tangent / speed : fallback;
}

void main() {
  float minThickness = u_minEdgeThickness;
  #ifdef PICKING_MODE
  minThickness = max(minThickness, ${numberToGLSLFloat(PICK_THICKNESS)});
  #endif

  vec2 source = toViewport(a_source);
  vec2 target = toViewport(a_target);
  vec2 chord = target - source;
  float chordLength = length(chord);
  vec2 direction = chordLength > 0.0 ? chord / chordLength : vec2(1.0, 0.0);
  vec2 control = 0.5 * (source + target) + vec2(-direction.y, direction.x) * chordLength * a_curvature;

  float width = max(minThickness, a_thickness / u_sizeRatio) * u_pixelRatio;
  float targetRadius = a_targetSize / u_sizeRatio * u_pixelRatio;
  float headLength = a_arrowHead * width * ${numberToGLSLFloat(HEAD_LENGTH)};
  // Near the target, a step dt along the curve covers about |P'(1)| dt pixels.
  float endSpeed = max(2.0 * length(target - control), 0.0001);
  float tipT = a_arrowHead > 0.5 ? clamp(1.0 - targetRadius / endSpeed, 0.0, 1.0) : 1.0;
  float bodyEnd = a_arrowHead > 0.5 ? clamp(1.0 - (targetRadius + headLength) / endSpeed, 0.0, 1.0) : 1.0;

  vec2 position;
  if (a_head > 0.5) {
    vec2 base = curvePoint(source, control, target, bodyEnd);
    vec2 tip = curvePoint(source, control, target, tipT);
    vec2 axis = curveDirection(source, control, target, bodyEnd, direction);
    vec2 halfBase = vec2(-axis.y, axis.x) * width * ${numberToGLSLFloat(HEAD_WIDTH / 2)} * a_arrowHead;
    position = mix(base + a_side * halfBase, tip, a_along);
    v_across = 0.0;
  } else {
    float t = a_along * bodyEnd;
    vec2 along = curveDirection(source, control, target, t, direction);
    position = curvePoint(source, control, target, t) + vec2(-along.y, along.x) * a_side * width / 2.0;
    v_across = a_side * width / 2.0;
  }

  v_halfWidth = width / 2.0;
  v_feather = u_feather;
  v_along = dot(position - source, direction) / u_pixelRatio;
  v_dash = a_dash;
  v_head = a_head;
  gl_Position = vec4(position / u_dimensions * 2.0 - 1.0, 0, 1);

  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

/**
 * Drops the fragments that fall in a gap of the edge's own pattern (`a_dash`: dash and gap in CSS pixels; a zero
 * dash is solid), measured along the source→target chord, and smooths the body's sides as sigma's line programs do.
 * The head is kept whole, and picking draws neither gaps nor smoothing, so a dashed edge is as easy to hover as a
 * solid one.
 */
export const EDGE_FRAGMENT_SHADER = /*glsl*/ `
precision highp float;

${VARYINGS}

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  if (v_head < 0.5 && v_dash.x > 0.0 && mod(v_along, v_dash.x + v_dash.y) > v_dash.x) discard;
  float fade = v_head > 0.5 ? 0.0 : smoothstep(v_halfWidth - v_feather, v_halfWidth, abs(v_across));
  gl_FragColor = mix(v_color, transparent, fade);
  #endif
}
`;
