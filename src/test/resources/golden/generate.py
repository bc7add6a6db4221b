#!/usr/bin/env python3
"""Regenerates the PyTorch golden vectors in this folder.

The Java tests (GoldenForwardBackwardTest, GoldenOptimizerTest) compare ibl-rnn's hand-written forward pass,
loss, backpropagation through time and optimizers with what PyTorch computes, to 1e-12. This script is how those
numbers were made; it is not run by the build (the JSON files are checked in), so the tests need no Python.

    python3 generate.py [OUT_DIR]      # default OUT_DIR: the folder of this script

Needs torch (written against 1.13) and nothing else. It writes five files:

  tiny_rnn.json, tiny_gru.json, tiny_lstm.json
      A tiny network as the original ann-rnns builds it: a one-layer torch.nn.RNN/GRU/LSTM (input 3, hidden 4,
      batch_first) named "core", a torch.nn.Linear(4, 2) named "readout" and a softmax over the two actions.
      Parameters use PyTorch's default initialisation under torch.manual_seed(seed), created in float32 and
      then cast to float64, as the original does. One batch of a 6-step input sequence with a zero initial
      state is run forward; the loss is sum_t -prob_t[target_t] (torch's NLLLoss applied to probabilities, as
      in the original). Recorded: parameters, input, targets, hidden states (and LSTM cell states), logits,
      probabilities, loss and the gradient of every parameter.
  optimizers.json
      Two steps of SGD (the original's momentum 0.1), Adam and RMSprop (torch defaults) on the tiny RNN's loss,
      each from the tiny RNN's initial parameters: the loss and gradients before each step and the parameters
      after it.
  default_init.json
      The distribution of PyTorch's default initialisation in words, plus min/max/mean/variance of a few
      default-initialised layers (float32, torch.manual_seed(0) set once, layers created in the listed order)
      for checking a port's initialiser against the real thing.

Reproducibility: every random draw comes from torch.manual_seed, so the same torch version draws the same initial
weights and default_init.json comes out byte for byte (json.dump writes Python's shortest round-tripping repr of
each double). Computed values (hidden states, logits, gradients, optimizer steps) can differ in the last bits
between CPUs and BLAS builds, because the kernels sum in different orders: with torch 1.13 on another x86-64
machine the largest difference from the checked-in files was 4.4e-16, far inside the tests' 1e-12. A different
torch version may draw different initial weights from the same seed; the files then differ, but stay
self-consistent (every number in a file is computed from that file's parameters), which is all the Java tests
rely on. To check a regeneration: python3 generate.py /tmp/golden, then compare the numbers with the files here.
"""

import json
import os
import sys

import torch

INPUT_SIZE = 3
HIDDEN_SIZE = 4
OUTPUT_SIZE = 2
# one batch (batch_first), 6 steps, 3 input features; targets are the correct action at each step
INPUT = [[
    [0.0, 0.0, 0.0],
    [0.0, 0.0, 0.0],
    [1.3, -0.4, 0.0],
    [0.7, 0.2, -0.05],
    [-0.2, 1.1, -0.05],
    [0.0, 0.0, 1.0],
]]
TARGETS = [1, 0, 0, 1, 1, 0]

TINY = [  # (architecture, torch class, seed, gate order in words)
    ("rnn", torch.nn.RNN, 1, "h_t = tanh(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh)"),
    ("gru", torch.nn.GRU, 2,
     "rows of W_ih/W_hh/b_ih/b_hh are [r; z; n]: r=sig(W_ir x+b_ir+W_hr h+b_hr), z=sig(W_iz x+b_iz+W_hz h+b_hz),"
     " n=tanh(W_in x+b_in+r*(W_hn h+b_hn)), h'=(1-z)*n+z*h"),
    ("lstm", torch.nn.LSTM, 3,
     "rows of W_ih/W_hh/b_ih/b_hh are [i; f; g; o]: i,f,o=sigmoid, g=tanh, c'=f*c+i*g, h'=o*tanh(c')"),
]

TINY_DESCRIPTION = (
    "Tiny {name} (input 3, hidden 4, 1 layer, batch_first) + Linear(4,2) + Softmax(dim=2), float64. "
    "Initial hidden state = zeros. Loss = sum_t -prob_t[target_t] (torch NLLLoss applied to softmax "
    "probabilities, as in the original code). Weights: torch default init with torch.manual_seed({seed}), "
    "created in float32 then cast to float64.")


class TinyModel(torch.nn.Module):
    """core + readout + softmax, with the parameter names of the original's RecurrentModel."""

    def __init__(self, core_class, seed):
        super().__init__()
        torch.manual_seed(seed)
        # created in float32 (torch's default dtype), then cast, so initial values are float32-representable
        self.core = core_class(INPUT_SIZE, HIDDEN_SIZE, batch_first=True)
        self.readout = torch.nn.Linear(HIDDEN_SIZE, OUTPUT_SIZE)
        self.double()

    def forward(self, x, state=None):
        hidden, state = self.core(x, state)
        logits = self.readout(hidden)
        return hidden, logits, torch.softmax(logits, dim=2), state


def loss_of(probs):
    """sum over steps of -prob[target]: NLLLoss on probabilities (not log-probabilities), as the original."""
    nll = torch.nn.NLLLoss(reduction="sum")
    return nll(probs[0], torch.tensor(TARGETS))


def tensor_json(t):
    t = t.detach()
    return {"shape": list(t.shape), "values": [float(v) for v in t.reshape(-1).tolist()]}


def params_json(model, grads=False):
    return {name: tensor_json(p.grad if grads else p) for name, p in model.named_parameters()}


def tiny(arch, core_class, seed, gate_order):
    model = TinyModel(core_class, seed)
    x = torch.tensor(INPUT, dtype=torch.float64)
    initial_params = params_json(model)
    hidden, logits, probs, _ = model(x)
    loss = loss_of(probs)
    loss.backward()

    # the same sequence one step at a time, carrying the state, must give the same hidden states
    state = None
    stepwise = []
    cells = []
    with torch.no_grad():
        for t in range(x.shape[1]):
            h_t, _, _, state = model(x[:, t:t + 1, :], state)
            stepwise.append(h_t[0, 0])
            if arch == "lstm":
                cells.append(state[1][0, 0].clone())
    stepwise = torch.stack(stepwise)

    out = {
        "description": TINY_DESCRIPTION.format(name=arch.upper(), seed=seed),
        "architecture": arch,
        "torch_version": torch.__version__,
        "seed": seed,
        "input_size": INPUT_SIZE,
        "hidden_size": HIDDEN_SIZE,
        "output_size": OUTPUT_SIZE,
        "seq_len": x.shape[1],
        "gate_order": gate_order,
        "params": initial_params,
        "input": tensor_json(x),
        "targets": TARGETS,
        "hidden_states": tensor_json(hidden[0]),
        "logits": tensor_json(logits[0]),
        "probs": tensor_json(probs[0]),
        "loss": loss.item(),
        "grads": params_json(model, grads=True),
        "check_full_sequence_vs_stepwise_max_abs_diff": (stepwise - hidden[0].detach()).abs().max().item(),
    }
    if arch == "lstm":
        out["cell_states"] = tensor_json(torch.stack(cells))
    return out


OPTIMIZERS = [  # (name, factory, hyperparameters as recorded, update rule in words)
    ("sgd", torch.optim.SGD,
     {"lr": 0.001, "momentum": 0.1, "dampening": 0, "nesterov": False, "weight_decay": 0},
     "buf_1 = g_1; buf_t = momentum*buf_{t-1} + (1-dampening)*g_t; p_t = p_{t-1} - lr*buf_t"),
    ("adam", torch.optim.Adam,
     {"lr": 0.001, "betas": [0.9, 0.999], "eps": 1e-08, "weight_decay": 0, "amsgrad": False},
     "m_t = b1*m_{t-1} + (1-b1)*g_t; v_t = b2*v_{t-1} + (1-b2)*g_t^2; "
     "p_t = p_{t-1} - (lr/(1-b1^t)) * m_t / (sqrt(v_t)/sqrt(1-b2^t) + eps)"),
    ("rmsprop", torch.optim.RMSprop,
     {"lr": 0.01, "alpha": 0.99, "eps": 1e-08, "weight_decay": 0, "momentum": 0, "centered": False},
     "v_t = alpha*v_{t-1} + (1-alpha)*g_t^2 (v_0 = 0); p_t = p_{t-1} - lr * g_t / (sqrt(v_t) + eps)"),
]


def optimizers():
    x = torch.tensor(INPUT, dtype=torch.float64)
    out = {}
    for name, factory, hyper, rule in OPTIMIZERS:
        model = TinyModel(torch.nn.RNN, 1)  # the tiny RNN's parameters
        kwargs = dict(hyper)
        if "betas" in kwargs:
            kwargs["betas"] = tuple(kwargs["betas"])
        opt = factory(model.parameters(), **kwargs)
        entry = {"hyperparameters": hyper, "update_rule": rule, "initial_params": params_json(model), "steps": []}
        for _ in range(2):
            opt.zero_grad()
            loss = loss_of(model(x)[2])
            loss.backward()
            grads = params_json(model, grads=True)
            opt.step()
            entry["steps"].append({"loss_before_step": loss.item(), "grads": grads,
                                   "params_after": params_json(model)})
        out[name] = entry
    return {
        "description": "Two optimizer steps on the tiny RNN (tiny_rnn.json params, same input/targets). grads[t] "
                       "are given explicitly; params_after[t] are the expected values. torch defaults: Adam "
                       "lr=1e-3, betas=(0.9,0.999), eps=1e-8; RMSprop lr=1e-2, alpha=0.99, eps=1e-8. SGD as in "
                       "utils/params.py.",
        "torch_version": torch.__version__,
        "optimizers": out,
    }


def stats(t):
    t = t.detach()  # float32, as created
    return {"min": t.min().item(), "max": t.max().item(), "mean": t.mean().item(), "var": t.var().item(),
            "numel": t.numel()}


def default_init():
    torch.manual_seed(0)
    layers = {}
    for label, make in [("RNN(3,50)", lambda: torch.nn.RNN(3, 50)), ("GRU(3,50)", lambda: torch.nn.GRU(3, 50)),
                        ("LSTM(3,50)", lambda: torch.nn.LSTM(3, 50)), ("Linear(50,2)", lambda: torch.nn.Linear(50, 2)),
                        ("Linear(1000,300)", lambda: torch.nn.Linear(1000, 300))]:
        layers[label] = {name: stats(p) for name, p in make().named_parameters()}
    return {
        "rnn_gru_lstm": "nn.RNN/nn.GRU/nn.LSTM.reset_parameters(): every weight and bias tensor (weight_ih_l0, "
                        "weight_hh_l0, bias_ih_l0, bias_hh_l0) ~ i.i.d. Uniform(-k, k), k = 1/sqrt(hidden_size). "
                        "(hidden 50 -> k = 0.141421356...). Variance k^2/3.",
        "linear": "nn.Linear.reset_parameters(): weight via kaiming_uniform_(a=sqrt(5)) = Uniform(-b, b) with "
                  "b = gain*sqrt(3/fan_in), gain = sqrt(2/(1+a^2)) = sqrt(1/3) -> b = 1/sqrt(fan_in); bias ~ "
                  "Uniform(-1/sqrt(fan_in), 1/sqrt(fan_in)). fan_in = in_features (50 for the readout).",
        "note": "In utils.models.RecurrentModel the layers are created in float32 (torch default dtype) and then "
                "cast with self.double(): initial values are float32-representable. Creation order: core, then "
                "readout. Initial hidden state is None -> zeros. param_init=\"default\" in utils/params.py.",
        "empirical_check_seed0": layers,
    }


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out_dir, exist_ok=True)
    files = {f"tiny_{arch}.json": tiny(arch, cls, seed, gates) for arch, cls, seed, gates in TINY}
    files["optimizers.json"] = optimizers()
    files["default_init.json"] = default_init()
    for name, content in files.items():
        with open(os.path.join(out_dir, name), "w") as f:
            json.dump(content, f, indent=1)
        print("wrote", os.path.join(out_dir, name))


if __name__ == "__main__":
    main()
