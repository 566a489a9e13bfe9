package vm

import (
	"fmt"

	"minipy/lang"
)

// assemble turns a unit's instruction list into its code object's final
// form: it computes the stack depth at every instruction (and so each
// exception handler's depth and the frame's stack size), drops unreachable
// instructions and SETUP_HANDLER markers, resolves labels to instruction
// indices, and builds the exception table from each instruction's handler.
func assemble(u *unit) {
	depth, handlerDepth, maxDepth := stackDepths(u)
	instrs := u.instrs
	n := len(instrs)

	// pos maps a raw instruction index to its final index; a dropped
	// instruction maps to the next kept one.
	pos := make([]int, n+1)
	kept := 0
	for i, in := range instrs {
		pos[i] = kept
		if in.op != SETUP_HANDLER && depth[i] >= 0 {
			kept++
		}
	}
	pos[n] = kept
	target := func(l label) int { return pos[u.labels[l]] }

	code := u.code
	code.Instrs = make([]uint32, 0, kept)
	code.Lines = make([]int32, 0, kept)
	var cur *Handler
	for i, in := range instrs {
		if in.op == SETUP_HANDLER || depth[i] < 0 {
			continue
		}
		arg := in.arg
		if in.op.isJump() {
			arg = target(label(arg))
		}
		at := len(code.Instrs)
		code.Instrs = append(code.Instrs, encode(in.op, arg))
		code.Lines = append(code.Lines, in.line)
		if in.handler == noHandler {
			cur = nil
			continue
		}
		h := Handler{Start: at, End: at + 1, Target: target(in.handler), Depth: handlerDepth[in.handler]}
		if cur != nil && cur.Target == h.Target && cur.Depth == h.Depth && cur.End == at {
			cur.End++
			continue
		}
		code.Handlers = append(code.Handlers, h)
		cur = &code.Handlers[len(code.Handlers)-1]
	}
	code.StackSize = maxDepth
	if code.Flags&FlagModule == 0 {
		code.globalCache = make([]globalSlot, len(code.Names))
	}
}

// stackDepths walks every path through the unit's instructions and returns
// the stack depth before each instruction (-1: unreachable), the depth each
// handler label truncates the stack to, and the maximum depth.
func stackDepths(u *unit) (depth []int, handlerDepth map[label]int, maxDepth int) {
	instrs := u.instrs
	n := len(instrs)
	depth = make([]int, n)
	for i := range depth {
		depth[i] = -1
	}
	handlerDepth = map[label]int{}
	type path struct{ at, depth int }
	work := []path{{0, 0}}
	push := func(at, d int) {
		if d > maxDepth {
			maxDepth = d
		}
		work = append(work, path{at, d})
	}
	for len(work) > 0 {
		p := work[len(work)-1]
		work = work[:len(work)-1]
		for i, d := p.at, p.depth; i < n; i++ {
			if depth[i] >= 0 {
				if depth[i] != d {
					panic(compileError{&lang.SyntaxError{Kind: "SyntaxError", Filename: u.code.Filename,
						Line: int(instrs[i].line), Msg: fmt.Sprintf("internal compiler error: stack depth %d != %d at %s in %s",
							depth[i], d, instrs[i].op, u.code.QualName)}})
				}
				break
			}
			depth[i] = d
			in := instrs[i]
			info := &opcodeInfo[in.op]
			if in.op == SETUP_HANDLER {
				hd := d + int(in.adjust)
				handlerDepth[label(in.arg)] = hd
				push(u.labels[in.arg], hd+1)
				continue
			}
			if info.arg == argJump {
				push(u.labels[in.arg], d+info.jumpEffect(in.arg))
			}
			if info.terminal {
				break
			}
			d += info.effect(in.arg)
			if d > maxDepth {
				maxDepth = d
			}
		}
	}
	return depth, handlerDepth, maxDepth
}
