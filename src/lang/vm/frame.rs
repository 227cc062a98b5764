//! Frames: one activation of a code object, kept on the heap (`Box<Frame>`) so that a generator
//! can take its frame away when it suspends and the VM never recurses on the Rust stack to run
//! Python code. A frame knows how it was entered (`Entry`), which decides where its return value,
//! its yielded values and its exceptions go.

use std::cell::RefCell;
use std::rc::Rc;

use crate::lang::bytecode::Code;
use crate::lang::value::{Dict, Generator, Value};

/// An active `try` (or compiled `with`/`finally`) handler.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub handler: u32,
    /// Value-stack depth to restore before jumping to the handler.
    pub depth: u32,
    /// Length of the frame's handled-exception stack when the block was set up.
    pub handled: u32,
}

/// How a frame was entered; decides what happens when it returns, yields or raises.
#[derive(Clone, Debug)]
pub enum Entry {
    /// Bottom of a context run to completion (module code, a nested call from Rust).
    Base,
    /// Bottom of a context resuming a generator/coroutine from Rust (a task step, `next()`).
    GenBase,
    /// A call from the frame below: the return value is pushed there.
    Call,
    /// `__init__` of a new instance: return must be None; the instance is pushed below.
    Init(Value),
    /// A generator resumed by the frame below's `ForIter`: yields are pushed there; when the
    /// generator finishes, the frame below pops the iterator and jumps to `end`.
    ForIter(u32),
    /// A generator/coroutine resumed by the frame below's `Send` (`yield from`, `await`): yields
    /// are pushed there (it yields them in turn); its return value is pushed and it jumps to `end`.
    Send(u32),
    /// A class body: when it returns, the class is built from the namespace and pushed below.
    ClassBody { name: Rc<str>, bases: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>, namespace: Rc<RefCell<Dict>> },
}

pub struct Frame {
    pub code: Rc<Code>,
    pub pc: usize,
    pub stack: Vec<Value>,
    pub fast: Vec<Option<Value>>,
    /// Cellvars first, then freevars.
    pub cells: Vec<Rc<RefCell<Option<Value>>>>,
    pub globals: Rc<RefCell<Dict>>,
    /// Module and class bodies: the namespace names are stored in.
    pub locals: Option<Rc<RefCell<Dict>>>,
    pub blocks: Vec<Block>,
    /// Exceptions being handled in this frame (`except` bodies), innermost last.
    pub handled: Vec<Value>,
    pub entry: Entry,
    /// The generator or coroutine this frame belongs to, if any.
    pub generator: Option<Rc<Generator>>,
    /// Set while suspended at a `yield` that is part of a `yield from`/`await` loop: a `throw`
    /// goes to the sub-iterator on top of the stack first.
    pub delegating: bool,
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: Rc<RefCell<Dict>>, locals: Option<Rc<RefCell<Dict>>>) -> Box<Frame> {
        let nfast = code.varnames.len();
        let ncells = code.cellvars.len() + code.freevars.len();
        Box::new(Frame {
            stack: Vec::with_capacity(8),
            fast: vec![None; nfast],
            cells: Vec::with_capacity(ncells),
            code,
            pc: 0,
            globals,
            locals,
            blocks: Vec::new(),
            handled: Vec::new(),
            entry: Entry::Call,
            generator: None,
            delegating: false,
        })
    }

    pub fn line(&self) -> u32 {
        self.code.line_of(self.pc.saturating_sub(1))
    }
}

/// A stack of frames being run together: a task's coroutine chain, the module body, a nested call.
#[derive(Default)]
pub struct Ctx {
    pub frames: Vec<Box<Frame>>,
}
