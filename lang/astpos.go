package lang

// posOfNode returns a pointer to the Pos embedded in any node, so that
// positions can be adjusted after a node is built.
func posOfNode(n Node) *Pos {
	switch n := n.(type) {
	case *FunctionDef:
		return &n.Pos
	case *ClassDef:
		return &n.Pos
	case *Return:
		return &n.Pos
	case *Delete:
		return &n.Pos
	case *Assign:
		return &n.Pos
	case *AugAssign:
		return &n.Pos
	case *AnnAssign:
		return &n.Pos
	case *For:
		return &n.Pos
	case *While:
		return &n.Pos
	case *If:
		return &n.Pos
	case *With:
		return &n.Pos
	case *Raise:
		return &n.Pos
	case *Try:
		return &n.Pos
	case *Assert:
		return &n.Pos
	case *Import:
		return &n.Pos
	case *ImportFrom:
		return &n.Pos
	case *Global:
		return &n.Pos
	case *Nonlocal:
		return &n.Pos
	case *ExprStmt:
		return &n.Pos
	case *Pass:
		return &n.Pos
	case *Break:
		return &n.Pos
	case *Continue:
		return &n.Pos
	case *BoolOp:
		return &n.Pos
	case *NamedExpr:
		return &n.Pos
	case *BinOp:
		return &n.Pos
	case *UnaryOp:
		return &n.Pos
	case *Lambda:
		return &n.Pos
	case *IfExp:
		return &n.Pos
	case *Dict:
		return &n.Pos
	case *Set:
		return &n.Pos
	case *ListComp:
		return &n.Pos
	case *SetComp:
		return &n.Pos
	case *DictComp:
		return &n.Pos
	case *GeneratorExp:
		return &n.Pos
	case *Await:
		return &n.Pos
	case *Yield:
		return &n.Pos
	case *YieldFrom:
		return &n.Pos
	case *Compare:
		return &n.Pos
	case *Call:
		return &n.Pos
	case *FormattedValue:
		return &n.Pos
	case *JoinedStr:
		return &n.Pos
	case *Constant:
		return &n.Pos
	case *Attribute:
		return &n.Pos
	case *Subscript:
		return &n.Pos
	case *Starred:
		return &n.Pos
	case *Name:
		return &n.Pos
	case *List:
		return &n.Pos
	case *Tuple:
		return &n.Pos
	case *Slice:
		return &n.Pos
	case *Keyword:
		return &n.Pos
	case *Arg:
		return &n.Pos
	case *Alias:
		return &n.Pos
	case *ExceptHandler:
		return &n.Pos
	}
	return nil
}

// setStart moves the start of a node.
func setStart(n Node, pos Pos) {
	if p := posOfNode(n); p != nil {
		p.Line, p.Col = pos.Line, pos.Col
	}
}

// setEnd sets the end of a node.
func setEnd(n Node, line, col int) {
	if p := posOfNode(n); p != nil {
		p.EndLine, p.EndCol = line, col
	}
}
