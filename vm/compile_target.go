package vm

import (
	"minipy/lang"
)

// assignTo stores the value on top of the stack into target (a name,
// attribute, subscript, or a tuple/list of targets to unpack into).
func (c *compiler) assignTo(target lang.Expr) {
	saved := c.setLine(target)
	defer func() { c.u.line = saved }()
	switch t := target.(type) {
	case *lang.Name:
		c.nameOp(t.Id, storeCtx)
	case *lang.Attribute:
		c.compileExpr(t.Value)
		c.emit(STORE_ATTR, c.attrIndex(t.Attr))
	case *lang.Subscript:
		c.compileExpr(t.Value)
		c.compileSubscriptKey(t.Slice)
		c.emit(STORE_SUBSCR, 0)
	case *lang.Tuple:
		c.unpackInto(t.Pos, t.Elts)
	case *lang.List:
		c.unpackInto(t.Pos, t.Elts)
	case *lang.Starred:
		c.errorf(t.Pos, c.src.targetWidth(t.Pos), "starred assignment target must be in a list or tuple")
	default:
		c.errorf(target.Position(), 1, "cannot assign to expression")
	}
}

// unpackInto unpacks the value on top of the stack into elts, with at most
// one starred target collecting the middle items into a list.
func (c *compiler) unpackInto(pos lang.Pos, elts []lang.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*lang.Starred); ok {
			if star >= 0 {
				c.errorf(pos, c.src.targetWidth(pos), "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, len(elts))
	} else {
		after := len(elts) - star - 1
		if star > 255 || after > maxArg>>8 {
			c.errorf(pos, 1, "too many expressions in star-unpacking assignment")
		}
		c.emit(UNPACK_EX, star|after<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*lang.Starred); ok {
			c.assignTo(s.Value)
		} else {
			c.assignTo(e)
		}
	}
}

// deleteTarget compiles one target of a del statement.
func (c *compiler) deleteTarget(target lang.Expr) {
	saved := c.setLine(target)
	defer func() { c.u.line = saved }()
	switch t := target.(type) {
	case *lang.Name:
		c.nameOp(t.Id, delCtx)
	case *lang.Attribute:
		c.compileExpr(t.Value)
		c.emit(DELETE_ATTR, c.attrIndex(t.Attr))
	case *lang.Subscript:
		c.compileExpr(t.Value)
		c.compileSubscriptKey(t.Slice)
		c.emit(DELETE_SUBSCR, 0)
	case *lang.Tuple:
		for _, e := range t.Elts {
			c.deleteTarget(e)
		}
	case *lang.List:
		for _, e := range t.Elts {
			c.deleteTarget(e)
		}
	default:
		c.errorf(target.Position(), 1, "cannot delete expression")
	}
}

// compileAugAssign compiles `target op= value`, evaluating the target's
// object (and subscript) once.
func (c *compiler) compileAugAssign(s *lang.AugAssign) {
	op := int(binaryOps[s.Op]) + inplaceFlag
	switch t := s.Target.(type) {
	case *lang.Name:
		c.nameOp(t.Id, loadCtx)
		c.compileExpr(s.Value)
		c.u.line = s.Line
		c.emit(BINARY_OP, op)
		c.nameOp(t.Id, storeCtx)
	case *lang.Attribute:
		c.compileExpr(t.Value)
		c.emit(COPY, 1)
		c.emit(LOAD_ATTR, c.attrIndex(t.Attr))
		c.compileExpr(s.Value)
		c.u.line = s.Line
		c.emit(BINARY_OP, op)
		c.emit(SWAP, 2)
		c.emit(STORE_ATTR, c.attrIndex(t.Attr))
	case *lang.Subscript:
		c.compileExpr(t.Value)
		c.compileSubscriptKey(t.Slice)
		c.emit(COPY, 2)
		c.emit(COPY, 2)
		c.emit(BINARY_SUBSCR, 0)
		c.compileExpr(s.Value)
		c.u.line = s.Line
		c.emit(BINARY_OP, op)
		c.emit(SWAP, 3)
		c.emit(SWAP, 2)
		c.emit(STORE_SUBSCR, 0)
	default:
		c.errorf(s.Pos, 1, "illegal expression for augmented assignment")
	}
}
