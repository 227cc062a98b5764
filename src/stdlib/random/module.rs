//! The Python `random` module over [`Random`]: module-level functions are methods of a hidden
//! instance seeded from the host clock (CPython uses `os.urandom`), and `random.Random(seed)`
//! makes independent generators.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use super::{IntArg, Num, Random, RandomError, Seed};
use crate::lang::builtins::{arg, big_of, method, to_f64};
use crate::lang::value::{downcast, Class, Dict, Layout, Native, Value};
use crate::lang::vm::{new_class, PyErr, PyResult, Vm};

pub struct RandomObj {
    pub rng: RefCell<Random>,
    pub class: Rc<Class>,
}

impl Native for RandomObj {
    fn class(&self, _vm: &Vm) -> Rc<Class> {
        self.class.clone()
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn err(vm: &Vm, e: RandomError) -> PyErr {
    let class = match e.exception_type() {
        "TypeError" => vm.types.type_error.clone(),
        "IndexError" => vm.types.index_error.clone(),
        "OverflowError" => vm.types.overflow_error.clone(),
        "ZeroDivisionError" => vm.types.zero_division_error.clone(),
        "MemoryError" => vm.types.memory_error.clone(),
        "RuntimeError" => vm.types.runtime_error.clone(),
        _ => vm.types.value_error.clone(),
    };
    vm.new_error(&class, &e.message())
}

fn rng<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a RandomObj> {
    downcast::<RandomObj>(v).ok_or_else(|| vm.type_error("descriptor requires a 'Random' object"))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<IntArg> {
    Ok(match v {
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => IntArg::Int(big_of(v)),
        Value::Float(f) => IntArg::Float(*f),
        other => IntArg::Int(BigInt::from(vm.index_value(other)?)),
    })
}

fn num(vm: &mut Vm, v: &Value) -> PyResult<Num> {
    Ok(match v {
        Value::Int(_) | Value::Big(_) | Value::Bool(_) => Num::Int(big_of(v)),
        other => Num::Float(to_f64(vm, other)?),
    })
}

fn seed_with(vm: &mut Vm, r: &mut Random, a: Option<&Value>, version: i64) -> PyResult<()> {
    let entropy = clock_entropy(vm);
    let res = match a {
        None | Some(Value::None) => r.seed(Seed::Entropy(&entropy), version),
        Some(v @ (Value::Int(_) | Value::Big(_) | Value::Bool(_))) => {
            let n = big_of(v);
            r.seed(Seed::Int(&n), version)
        }
        Some(Value::Float(f)) => r.seed(Seed::Float(*f), version),
        Some(Value::Str(s)) => r.seed(Seed::Str(s), version),
        Some(Value::Bytes(b)) => r.seed(Seed::Bytes(b), version),
        Some(other) => {
            let msg = format!("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
            let _ = other;
            return Err(vm.type_error(&msg));
        }
    };
    res.map_err(|e| err(vm, e))
}

fn clock_entropy(vm: &Vm) -> Vec<u8> {
    let t = vm.host.as_ref().map_or(0.0, |h| h.wall_time());
    let n = vm.host.as_ref().map_or(0, |h| h.now_ns());
    let mut v = t.to_bits().to_le_bytes().to_vec();
    v.extend_from_slice(&n.to_le_bytes());
    v
}

fn install_methods(class: &Rc<Class>) {
    method(class, "seed", |vm, mut args| {
        let version = match args.take_kw("version") {
            Some(v) => vm.index_value(&v)?,
            None => 2,
        };
        let this = arg(&args, 0);
        let r = rng(vm, &this)?;
        let mut g = r.rng.borrow_mut();
        seed_with(vm, &mut g, args.args.get(1), version)?;
        Ok(Value::None)
    });
    method(class, "random", |vm, args| Ok(Value::Float(rng(vm, &args.args[0])?.rng.borrow_mut().random())));
    method(class, "getrandbits", |vm, args| {
        let k = vm.index_value(&arg(&args, 1))?;
        let r = rng(vm, &args.args[0])?.rng.borrow_mut().getrandbits(k);
        r.map(Value::from_bigint).map_err(|e| err(vm, e))
    });
    method(class, "randrange", |vm, mut args| {
        let step = args.take_kw("step").or_else(|| args.args.get(3).cloned());
        let start = int_arg(vm, &arg(&args, 1))?;
        let stop = match args.args.get(2) {
            Some(Value::None) | None => None,
            Some(v) => Some(int_arg(vm, v)?),
        };
        let step = match step {
            Some(Value::Bool(true)) => Some(IntArg::Float(1.0)),
            Some(v) => Some(int_arg(vm, &v)?),
            None => None,
        };
        let r = rng(vm, &args.args[0])?.rng.borrow_mut().randrange(&start, stop.as_ref(), step.as_ref());
        r.map(Value::from_bigint).map_err(|e| err(vm, e))
    });
    method(class, "randint", |vm, args| {
        let (a, b) = (int_arg(vm, &arg(&args, 1))?, int_arg(vm, &arg(&args, 2))?);
        let r = rng(vm, &args.args[0])?.rng.borrow_mut().randint(&a, &b);
        r.map(Value::from_bigint).map_err(|e| err(vm, e))
    });
    method(class, "choice", |vm, args| {
        let seq = arg(&args, 1);
        let n = vm.len(&seq)? as u64;
        let r = rng(vm, &args.args[0])?.rng.borrow_mut().choice(n);
        let i = r.map_err(|e| err(vm, e))?;
        vm.get_item(&seq, Value::Int(i as i64))
    });
    method(class, "shuffle", |vm, args| {
        let Value::List(l) = arg(&args, 1) else { return Err(vm.type_error("shuffle() needs a list")) };
        let mut items = l.borrow().clone();
        rng(vm, &args.args[0])?.rng.borrow_mut().shuffle(&mut items);
        *l.borrow_mut() = items;
        Ok(Value::None)
    });
    method(class, "sample", |vm, mut args| {
        let _counts = args.take_kw("counts");
        let k = args.take_kw("k").or_else(|| args.args.get(2).cloned()).unwrap_or(Value::Int(0));
        let pop = arg(&args, 1);
        let items = match &pop {
            Value::Set(_) | Value::FrozenSet(_) | Value::Dict(_) => {
                return Err(vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."))
            }
            other => vm.collect(other)?,
        };
        let k = vm.index_value(&k)?;
        let r = rng(vm, &args.args[0])?.rng.borrow_mut().sample(items.len() as u64, k);
        let idx = r.map_err(|e| err(vm, e))?;
        Ok(Value::list(idx.into_iter().map(|i| items[i as usize].clone()).collect()))
    });
    method(class, "choices", |vm, mut args| {
        let weights = args.take_kw("weights").or_else(|| args.args.get(2).cloned()).filter(|v| !v.is_none());
        let cum = args.take_kw("cum_weights").or_else(|| args.args.get(3).cloned()).filter(|v| !v.is_none());
        let k = args.take_kw("k").unwrap_or(Value::Int(1));
        let pop = vm.collect(&arg(&args, 1))?;
        let to_nums = |vm: &mut Vm, v: Option<Value>| -> PyResult<Option<Vec<Num>>> {
            match v {
                Some(v) => {
                    let items = vm.collect(&v)?;
                    Ok(Some(items.iter().map(|x| num(vm, x)).collect::<PyResult<Vec<_>>>()?))
                }
                None => Ok(None),
            }
        };
        let w = to_nums(vm, weights)?;
        let c = to_nums(vm, cum)?;
        let k = vm.index_value(&k)?;
        let r = rng(vm, &args.args[0])?.rng.borrow_mut().choices(pop.len() as u64, w.as_deref(), c.as_deref(), k);
        let idx = r.map_err(|e| err(vm, e))?;
        Ok(Value::list(idx.into_iter().map(|i| pop[i as usize].clone()).collect()))
    });
    method(class, "uniform", |vm, args| {
        let (a, b) = (to_f64(vm, &arg(&args, 1))?, to_f64(vm, &arg(&args, 2))?);
        Ok(Value::Float(rng(vm, &args.args[0])?.rng.borrow_mut().uniform(a, b)))
    });
    for name in ["gauss", "normalvariate", "lognormvariate", "vonmisesvariate", "gammavariate", "betavariate", "weibullvariate"] {
        method(class, name, move |vm, args| {
            let (a, b) = (to_f64(vm, &arg(&args, 1))?, to_f64(vm, &arg(&args, 2))?);
            let this = &args.args[0];
            let mut g = rng(vm, this)?.rng.borrow_mut();
            let r = match name {
                "gauss" => g.gauss(a, b),
                "normalvariate" => g.normalvariate(a, b),
                "lognormvariate" => g.lognormvariate(a, b),
                "vonmisesvariate" => g.vonmisesvariate(a, b),
                "gammavariate" => g.gammavariate(a, b),
                "betavariate" => g.betavariate(a, b),
                _ => g.weibullvariate(a, b),
            };
            drop(g);
            r.map(Value::Float).map_err(|e| err(vm, e))
        });
    }
    for name in ["expovariate", "paretovariate"] {
        method(class, name, move |vm, args| {
            let a = to_f64(vm, &arg(&args, 1))?;
            let mut g = rng(vm, &args.args[0])?.rng.borrow_mut();
            let r = if name == "expovariate" { g.expovariate(a) } else { g.paretovariate(a) };
            drop(g);
            r.map(Value::Float).map_err(|e| err(vm, e))
        });
    }
    method(class, "triangular", |vm, args| {
        let low = match args.args.get(1) {
            Some(v) => to_f64(vm, v)?,
            None => 0.0,
        };
        let high = match args.args.get(2) {
            Some(v) => to_f64(vm, v)?,
            None => 1.0,
        };
        let mode = match args.args.get(3) {
            Some(Value::None) | None => None,
            Some(v) => Some(to_f64(vm, v)?),
        };
        let r = rng(vm, &args.args[0])?.rng.borrow_mut().triangular(low, high, mode);
        r.map(Value::Float).map_err(|e| err(vm, e))
    });
    method(class, "randbytes", |vm, args| {
        let n = vm.index_value(&arg(&args, 1))?;
        let r = rng(vm, &args.args[0])?.rng.borrow_mut().randbytes(n);
        r.map(|b| Value::Bytes(Rc::from(b))).map_err(|e| err(vm, e))
    });
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let class = new_class("Random", vec![vm.types.object.clone()], Layout::Builtin);
    *class.module.borrow_mut() = Rc::from("random");
    install_methods(&class);
    let c2 = class.clone();
    method(&class, "__new__", move |vm, args| {
        let mut r = Random::from_int(0);
        seed_with(vm, &mut r, args.args.get(1), 2)?;
        Ok(Value::Native(Rc::new(RandomObj { rng: RefCell::new(r), class: c2.clone() })))
    });
    let mut inst_rng = Random::from_int(0);
    seed_with(vm, &mut inst_rng, None, 2)?;
    let inst = Value::Native(Rc::new(RandomObj { rng: RefCell::new(inst_rng), class: class.clone() }));
    let mut d = Dict::new();
    for (name, _) in class.dict.borrow().items().into_iter().filter_map(|(k, v)| match k {
        Value::Str(s) if !s.starts_with('_') => Some((s, v)),
        _ => None,
    }) {
        let m = vm.get_attr(&inst, &name)?;
        d.set_str(&name, m);
    }
    d.set_str("Random", Value::Class(class));
    d.set_str("_inst", inst);
    Ok(vm.new_module("random", d))
}
