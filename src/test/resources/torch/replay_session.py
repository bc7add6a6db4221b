#!/usr/bin/env python3
"""Replays an ibl-rnn analysis session through PyTorch and compares it with what Java recorded.

    python3 replay_session.py CHECKPOINT.safetensors SESSION.npz [TOLERANCE]

Loads the checkpoint into torch.nn.RNN/GRU/LSTM(input_size, H, batch_first=True) named "core" plus
torch.nn.Linear(H, 2) named "readout", in float64, with load_state_dict(strict=True): the same module layout as the
original ann-rnns model. It then feeds every session of SESSION.npz (written by `ibl-rnn analyze`) through it:
the input at row t is (left_stimulus[t], right_stimulus[t], reward[t-1]), with reward[-1] = 0 and the state zero at
each session's first row (rnn_step_within_session == 0), carried over across trials and blocks; P(left), P(right)
are the softmax of the readout of h_t. The hidden states h_t and both probabilities are compared with the recorded
hidden_state, left_action_prob and right_action_prob.

Prints one JSON object (the verdict) on stdout; "ok" is true when every difference is at most TOLERANCE (1e-12).
Needs torch and numpy only: the safetensors file is parsed by hand (an 8-byte little-endian header length, a JSON
header giving each tensor's dtype, shape and byte range, then the raw little-endian data), because the
`safetensors` package is not assumed to be installed.
"""
import json
import struct
import sys

import numpy as np
import torch

CORES = {"rnn": torch.nn.RNN, "gru": torch.nn.GRU, "lstm": torch.nn.LSTM}
DTYPES = {"F64": "<f8", "F32": "<f4"}


def read_safetensors(path):
    """(tensors by name as float64 torch tensors, metadata dict of strings)."""
    with open(path, "rb") as f:
        raw = f.read()
    (header_len,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + header_len].decode("utf-8"))
    data = raw[8 + header_len:]
    metadata = header.pop("__metadata__", {})
    tensors = {}
    for name, info in header.items():
        begin, end = info["data_offsets"]
        array = np.frombuffer(data[begin:end], dtype=DTYPES[info["dtype"]]).reshape(info["shape"])
        tensors[name] = torch.from_numpy(array.astype(np.float64))  # astype copies: frombuffer is read-only
    return tensors, metadata


class RecurrentModel(torch.nn.Module):
    """core + readout, the module names of the checkpoint's state_dict."""

    def __init__(self, architecture, input_size, hidden_size, output_size):
        super().__init__()
        self.core = CORES[architecture](input_size, hidden_size, batch_first=True)
        self.readout = torch.nn.Linear(hidden_size, output_size)

    def forward(self, x):
        hidden, _ = self.core(x)  # zero initial state
        return hidden, torch.softmax(self.readout(hidden), dim=-1)


def session_starts(step_within_session):
    starts = np.flatnonzero(step_within_session == 0)
    if len(starts) == 0 or starts[0] != 0:
        raise ValueError("session.npz: rnn_step_within_session does not start at 0")
    return list(starts) + [len(step_within_session)]


def main(checkpoint, npz, tolerance):
    tensors, metadata = read_safetensors(checkpoint)
    params = json.loads(metadata["params"])
    model_params = params["model"]
    architecture = model_params["architecture"]
    kwargs = model_params["kwargs"]
    hidden_size = kwargs["core_kwargs"]["hidden_size"]
    model = RecurrentModel(architecture, kwargs["input_size"], hidden_size, kwargs["output_size"]).double()
    model.load_state_dict(tensors, strict=True)

    s = np.load(npz)
    left, right, reward = s["left_stimulus"], s["right_stimulus"], s["reward"]
    recorded_h = s["hidden_state"]
    recorded_p = np.stack([s["left_action_prob"], s["right_action_prob"]], axis=1)
    bounds = session_starts(s["rnn_step_within_session"])

    diff_h = 0.0
    diff_p = 0.0
    feedback_matches = True
    with torch.no_grad():
        for a, b in zip(bounds[:-1], bounds[1:]):
            feedback = np.concatenate([[0.0], reward[a:b - 1]])
            feedback_matches &= bool(np.array_equal(feedback, s["feedback"][a:b]))
            x = torch.from_numpy(np.stack([left[a:b], right[a:b], feedback], axis=1)[None])
            hidden, probs = model(x)
            diff_h = max(diff_h, float(np.max(np.abs(hidden[0].numpy() - recorded_h[a:b]))))
            diff_p = max(diff_p, float(np.max(np.abs(probs[0].numpy() - recorded_p[a:b]))))

    verdict = {
        "ok": bool(diff_h <= tolerance and diff_p <= tolerance and feedback_matches),
        "architecture": architecture,
        "hidden_size": hidden_size,
        "rows": int(len(left)),
        "sessions": len(bounds) - 1,
        "max_abs_diff_hidden": diff_h,
        "max_abs_diff_probs": diff_p,
        "feedback_is_previous_reward": feedback_matches,
        "tolerance": tolerance,
        "state_dict": sorted(tensors),
        "torch_version": torch.__version__,
    }
    print(json.dumps(verdict))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 1e-12)
