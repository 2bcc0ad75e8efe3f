; equicert certificate (QF_NRA, the natural statement for external solvers (z3, cvc5))
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the point A [1, 0] is in the equilibrium set and no player has a stratified Pareto improvement (1 class)
; kind: oracle-spo
; subject: repeated player in a utility table
; fingerprint: oracle-game sha256:d0688b411c3f48efd7b92890f06759d630ac3e104c11a8af70e35a4a908e65f9
; tool: equicert 0.1.0
; data: {"kind":"oracle-spo","title":"repeated player in a utility table","players":[{"name":"A","outputs":["a","b"],"bestResponse":false,"bounds":[],"utility":[{"players":[0,0],"keys":[[0,1]],"payoffs":["4"]}]}],"point":[["1","0"]],"classes":[{"members":[0],"pieces":[{"constraints":[[{"0":"1","1":"1"},"=","1"]],"vertices":[["1","0"],["0","1"]],"anchor":null,"trees":[["le"]]}]}]}
(set-info :status unsat)
(set-logic QF_NRA)
; x_p_o: probability that player p (0-based) gives output o; every function below takes all of them
; player 0 = A
(define-fun U_0 ((x_0_0 Real) (x_0_1 Real)) Real
  (* 4.0 x_0_0 x_0_1))
(define-fun rel_0 ((x_0_0 Real) (x_0_1 Real)) Bool
  (and (>= x_0_0 0.0) (>= x_0_1 0.0) (= (+ x_0_0 x_0_1) 1.0)))
; r_p_o: the claimed point, variables constrained to its probabilities
(declare-fun r_0_0 () Real)
(declare-fun r_0_1 () Real)
(assert (and (= r_0_0 1.0) (= r_0_1 0.0)))
; class 1 [0]: its players move (y1_p_o), everyone else stays at the point
(declare-fun y1_0_0 () Real)
(declare-fun y1_0_1 () Real)
; negation: the point is not in the equilibrium set, or a class slice has an equilibrium point in no listed polytope, or one that is a Pareto improvement for the class
(assert (or (not (rel_0 r_0_0 r_0_1))
    (and (rel_0 y1_0_0 y1_0_1) (not (= (+ (* 1.0 y1_0_0) (* 1.0 y1_0_1)) 1.0)))
    (and (rel_0 y1_0_0 y1_0_1) (>= (U_0 y1_0_0 y1_0_1) (U_0 r_0_0 r_0_1)) (> (U_0 y1_0_0 y1_0_1) (U_0 r_0_0 r_0_1)))))
(check-sat)
(exit)
