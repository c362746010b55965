package io.doublerandom.assign;

import java.util.Arrays;

/**
 * The flow network of spec section 8 and the two phases that solve it.
 *
 * <pre>
 *   S --(batch capacity)--> inspector --(task capacity)--> inspector·task
 *     --(1)--> [inspector·visit, only for an expert eligible for several groups of a visit --(1)-->]
 *     group of a visit --(demand)--> T
 * </pre>
 *
 * <p>Phase 1 ({@link #admit}) adds visits in visit order, one demand unit at a time, along an
 * augmenting path (first the smallest-key candidate with free capacity on its whole chain, else a
 * breadth-first search backwards from the group); a visit that cannot be completed is rolled
 * back. When every visit is admitted the flow is a feasible assignment. Phase 2 ({@link #fix})
 * turns it into the lexicographically smallest feasible assignment: for each visit in order, each
 * group, each unit, the smallest-key candidate that some feasible assignment extending the units
 * fixed so far gives that slot, found as a cycle through the candidate's edge in the residual
 * graph in which fixed units cannot be undone.
 */
final class FlowSolver {
  private static final int S = 0;
  private static final int T = 1;

  private final Problem problem;
  private final int[] visitOrder;

  // edges: e and e ^ 1 are a pair; head[e] is where e goes; residual = cap - flow
  private int[] head = new int[1024];
  private int[] cap = new int[1024];
  private int[] flow = new int[1024];
  private int edges;
  private int nodes = 2;
  private int[] adjStart;
  private int[] adj;

  // per entry edge (candidate -> group): the chain back to S
  private int[] chainS = new int[512];
  private int[] chainIt = new int[512];
  private int[] chainP = new int[512];
  private boolean[] fixed;

  // per group (global index)
  private final int[] groupNode;
  private final int[] groupT;
  private final int[][] entries;
  private final int[] visitGroupStart;

  // search state
  private int[] stamp;
  private int now;
  private int[] via;
  private int[] queue;
  private final IntLog log = new IntLog();

  /** A network over the visits {@code visitOrder} (indices into problem.visits, ascending). */
  FlowSolver(Problem problem, int[] visitOrder) {
    this.problem = problem;
    this.visitOrder = visitOrder;
    int n = problem.inspectors.size();
    int[] inspectorNode = new int[n];
    Arrays.fill(inspectorNode, -1);
    int[] sEdge = new int[n];
    int[][] itNode = new int[problem.tasks.size()][];
    int[][] itEdge = new int[problem.tasks.size()][];
    int groupCount = 0;
    visitGroupStart = new int[visitOrder.length + 1];
    for (int k = 0; k < visitOrder.length; k++) {
      visitGroupStart[k] = groupCount;
      groupCount += problem.visits[visitOrder[k]].groups.length;
    }
    visitGroupStart[visitOrder.length] = groupCount;
    groupNode = new int[groupCount];
    groupT = new int[groupCount];
    entries = new int[groupCount][];
    int batch = problem.rules.batchCapacity();
    int[] seen = new int[n];
    int[] pStamp = new int[n];
    int[] pNode = new int[n];
    int[] pEdge = new int[n];
    for (int k = 0; k < visitOrder.length; k++) {
      Problem.VisitPlan p = problem.visits[visitOrder[k]];
      int t = p.task;
      if (itNode[t] == null) {
        itNode[t] = new int[n];
        itEdge[t] = new int[n];
        Arrays.fill(itNode[t], -1);
      }
      // an expert eligible for several groups of this visit gets an inspector·visit node
      int mark = k + 1;
      for (Problem.Group g : p.groups) {
        for (int i : g.candidates) {
          seen[i] = seen[i] == mark || seen[i] == -mark ? -mark : mark;
        }
      }
      for (int gi = 0; gi < p.groups.length; gi++) {
        Problem.Group g = p.groups[gi];
        int gid = visitGroupStart[k] + gi;
        int gn = nodes++;
        groupNode[gid] = gn;
        int[] en = new int[g.candidates.length];
        for (int c = 0; c < g.candidates.length; c++) {
          int i = g.candidates[c];
          if (inspectorNode[i] < 0) {
            inspectorNode[i] = nodes++;
            sEdge[i] = addEdge(S, inspectorNode[i], batch);
          }
          if (itNode[t][i] < 0) {
            itNode[t][i] = nodes++;
            itEdge[t][i] = addEdge(inspectorNode[i], itNode[t][i], problem.taskCapacity[t]);
          }
          int tail = itNode[t][i];
          int pe = -1;
          if (seen[i] == -mark) {
            if (pStamp[i] != mark) {
              pStamp[i] = mark;
              pNode[i] = nodes++;
              pEdge[i] = addEdge(itNode[t][i], pNode[i], 1);
            }
            tail = pNode[i];
            pe = pEdge[i];
          }
          int e = addEdge(tail, gn, 1);
          ensureChain(e);
          chainS[e >> 1] = sEdge[i];
          chainIt[e >> 1] = itEdge[t][i];
          chainP[e >> 1] = pe;
          en[c] = e;
        }
        entries[gid] = en;
        groupT[gid] = addEdge(gn, T, g.demand);
      }
    }
    buildAdjacency();
    fixed = new boolean[edges];
    stamp = new int[nodes];
    via = new int[nodes];
    queue = new int[nodes];
  }

  private int addEdge(int from, int to, int capacity) {
    if (edges + 2 > head.length) {
      int size = head.length * 2;
      head = Arrays.copyOf(head, size);
      cap = Arrays.copyOf(cap, size);
      flow = Arrays.copyOf(flow, size);
    }
    int e = edges;
    head[e] = to;
    cap[e] = capacity;
    head[e + 1] = from;
    cap[e + 1] = 0;
    edges += 2;
    return e;
  }

  private void ensureChain(int e) {
    int k = e >> 1;
    if (k >= chainS.length) {
      int size = Math.max(chainS.length * 2, k + 1);
      chainS = Arrays.copyOf(chainS, size);
      chainIt = Arrays.copyOf(chainIt, size);
      chainP = Arrays.copyOf(chainP, size);
    }
  }

  private void buildAdjacency() {
    adjStart = new int[nodes + 1];
    for (int e = 0; e < edges; e++) {
      adjStart[head[e ^ 1] + 1]++;
    }
    for (int v = 0; v < nodes; v++) {
      adjStart[v + 1] += adjStart[v];
    }
    adj = new int[edges];
    int[] fill = Arrays.copyOf(adjStart, nodes);
    for (int e = 0; e < edges; e++) {
      adj[fill[head[e ^ 1]]++] = e;
    }
  }

  private int res(int e) {
    return cap[e] - flow[e];
  }

  private void push(int e) {
    flow[e]++;
    flow[e ^ 1]--;
    log.add(e);
  }

  /**
   * Phase 1 for the {@code k}-th visit of this network: admits it if all its demand can be met
   * together with the visits admitted so far; otherwise leaves the flow as it was.
   */
  boolean admit(int k) {
    log.clear();
    for (int gid = visitGroupStart[k]; gid < visitGroupStart[k + 1]; gid++) {
      for (int u = 0; u < cap[groupT[gid]]; u++) {
        if (!augment(gid)) {
          for (int j = log.size - 1; j >= 0; j--) {
            int e = log.data[j];
            flow[e]--;
            flow[e ^ 1]++;
          }
          log.clear();
          return false;
        }
      }
    }
    return true;
  }

  private boolean augment(int gid) {
    for (int e : entries[gid]) {
      int c = e >> 1;
      if (flow[e] == 0 && res(chainS[c]) > 0 && res(chainIt[c]) > 0
          && (chainP[c] < 0 || res(chainP[c]) > 0)) {
        push(chainS[c]);
        push(chainIt[c]);
        if (chainP[c] >= 0) {
          push(chainP[c]);
        }
        push(e);
        push(groupT[gid]);
        return true;
      }
    }
    // breadth-first search backwards from the group for a residual path from S
    int gn = groupNode[gid];
    now++;
    stamp[gn] = now;
    stamp[T] = now;
    int qh = 0;
    int qt = 0;
    queue[qt++] = gn;
    while (qh < qt) {
      int x = queue[qh++];
      for (int a = adjStart[x]; a < adjStart[x + 1]; a++) {
        int r = adj[a] ^ 1; // an edge u -> x
        int u = head[adj[a]];
        if (stamp[u] != now && res(r) > 0) {
          stamp[u] = now;
          via[u] = r;
          if (u == S) {
            int w = S;
            while (w != gn) {
              int e = via[w];
              push(e);
              w = head[e];
            }
            push(groupT[gid]);
            return true;
          }
          queue[qt++] = u;
        }
      }
    }
    return false;
  }

  /**
   * Phase 2 for the {@code k}-th visit (all visits admitted, earlier visits fixed): fixes each
   * unit of each group to the smallest-key candidate some feasible completion allows.
   */
  void fix(int k) {
    for (int gid = visitGroupStart[k]; gid < visitGroupStart[k + 1]; gid++) {
      int demand = cap[groupT[gid]];
      for (int u = 0; u < demand; u++) {
        fixUnit(gid);
      }
    }
  }

  private void fixUnit(int gid) {
    int[] en = entries[gid];
    boolean searched = false;
    for (int e : en) {
      if (fixed[e]) {
        continue;
      }
      if (flow[e] == 1) {
        fixed[e] = true;
        return;
      }
      int c = e >> 1;
      if (res(chainS[c]) > 0 && res(chainIt[c]) > 0 && (chainP[c] < 0 || res(chainP[c]) > 0)) {
        // the candidate has free capacity: it takes the place of an unfixed member
        int a = lastUnfixedMember(en);
        int ac = a >> 1;
        push(a ^ 1);
        if (chainP[ac] >= 0) {
          push(chainP[ac] ^ 1);
        }
        push(chainIt[ac] ^ 1);
        push(chainS[ac] ^ 1);
        push(chainS[c]);
        push(chainIt[c]);
        if (chainP[c] >= 0) {
          push(chainP[c]);
        }
        push(e);
        fixed[e] = true;
        return;
      }
      if (!searched) {
        searchFrom(groupNode[gid]);
        searched = true;
      }
      int tail = head[e ^ 1];
      if (stamp[tail] == now) {
        int w = tail;
        while (w != groupNode[gid]) {
          int a = via[w];
          push(a);
          w = head[a ^ 1];
        }
        push(e);
        fixed[e] = true;
        return;
      }
    }
    throw new IllegalStateException("internal error: no feasible candidate for a slot of group "
        + gid + " although the flow is feasible");
  }

  private int lastUnfixedMember(int[] en) {
    for (int j = en.length - 1; j >= 0; j--) {
      if (flow[en[j]] == 1 && !fixed[en[j]]) {
        return en[j];
      }
    }
    throw new IllegalStateException("internal error: a group with an open slot has no member");
  }

  /** Marks every node reachable from {@code from} without undoing a fixed unit. */
  private void searchFrom(int from) {
    now++;
    stamp[from] = now;
    stamp[T] = now;
    int qh = 0;
    int qt = 0;
    queue[qt++] = from;
    while (qh < qt) {
      int x = queue[qh++];
      for (int a = adjStart[x]; a < adjStart[x + 1]; a++) {
        int e = adj[a];
        int y = head[e];
        if (stamp[y] != now && res(e) > 0 && !fixed[e ^ 1]) {
          stamp[y] = now;
          via[y] = e;
          queue[qt++] = y;
        }
      }
    }
  }

  /** The inspectors fixed in group {@code gi} of the {@code k}-th visit, ascending key. */
  int[] team(int k, int gi) {
    int gid = visitGroupStart[k] + gi;
    int[] en = entries[gid];
    Problem.Group g = problem.visits[visitOrder[k]].groups[gi];
    int[] out = new int[g.demand];
    int size = 0;
    for (int j = 0; j < en.length; j++) {
      if (fixed[en[j]]) {
        out[size++] = g.candidates[j];
      }
    }
    if (size != g.demand) {
      throw new IllegalStateException("internal error: group " + g.label + " has " + size
          + " members, needs " + g.demand);
    }
    return out;
  }

  /** A growable list of edge ids, for undoing a failed admission. */
  private static final class IntLog {
    int[] data = new int[64];
    int size;

    void add(int v) {
      if (size == data.length) {
        data = Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    void clear() {
      size = 0;
    }
  }
}
