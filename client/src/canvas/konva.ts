/**
 * Konva with only the shapes the board draws. Konva's and react-konva's main entries also register
 * every filter and the shapes the board never draws (text along a path, stars, sprites): about 50 kB
 * of script that every first visit would download and compile for nothing. Code that draws imports
 * Konva and the react-konva components from here (lint refuses the main entries).
 */
import Konva from 'konva/lib/Core';
import 'konva/lib/shapes/Arrow';
import 'konva/lib/shapes/Circle';
import 'konva/lib/shapes/Ellipse';
import 'konva/lib/shapes/Image';
import 'konva/lib/shapes/Label';
import 'konva/lib/shapes/Line';
import 'konva/lib/shapes/Path';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';
import 'konva/lib/shapes/Transformer';

export default Konva;
export {
  Arrow,
  Circle,
  Ellipse,
  Group,
  Image,
  Label,
  Layer,
  Line,
  Path,
  Rect,
  Shape,
  Stage,
  Tag,
  Text,
  Transformer,
} from 'react-konva/lib/ReactKonvaCore';
