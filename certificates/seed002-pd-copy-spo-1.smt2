; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the point "A" [0, 1], "B" [0, 1] is in the equilibrium set and no player has a stratified Pareto improvement (1 class)
; kind: oracle-spo
; subject: Prisoner's Dilemma, both cooperate with the opponent's probability (seed 002)
; fingerprint: oracle-game sha256:e502feb5ea0b5cf10d5cb9add7eef976ba6d7437352082269f722c9ff694b76d
; tool: equicert 0.1.0
; data: {"kind":"oracle-spo","title":"Prisoner's Dilemma, both cooperate with the opponent's probability (seed 002)","players":[{"name":"A","outputs":["D","C"],"bestResponse":false,"bounds":[[1,"x_1_1","x_1_1"]],"utility":[{"players":[0,1],"keys":[[0,0],[0,1],[1,0],[1,1]],"payoffs":["1","5","0","3"]}]},{"name":"B","outputs":["D","C"],"bestResponse":false,"bounds":[[1,"x_0_1","x_0_1"]],"utility":[{"players":[0,1],"keys":[[0,0],[0,1],[1,0],[1,1]],"payoffs":["1","0","5","3"]}]}],"point":[["0","1"],["0","1"]],"classes":[{"members":[0,1],"pieces":[{"constraints":[[{"0":"1","1":"1"},"=","1"],[{"2":"1","3":"1"},"=","1"],[{"1":"1","3":"-1"},"=","0"],[{"1":"-1","3":"1"},"=","0"]],"vertices":[["0","1","0","1"],["1","0","1","0"]],"anchor":null,"trees":[["le"]]}]}]}
(set-info :status unsat)
(set-logic QF_LRA)
; x_p_o: probability that player p (0-based) gives output o at the claimed point
; player 0 = A, outputs D, C
(define-fun x_0_0 () Real 0.0)
(define-fun x_0_1 () Real 1.0)
; player 1 = B, outputs D, C
(define-fun x_1_0 () Real 0.0)
(define-fun x_1_1 () Real 1.0)
; class 1: its players move, everyone else stays at the point
(declare-fun c1_x_0_0 () Real)
(declare-fun c1_x_0_1 () Real)
(declare-fun c1_x_1_0 () Real)
(declare-fun c1_x_1_1 () Real)
; negation: the point breaks some player's relation, or some class slice has a point in no listed polytope
(assert (or (not (and (>= x_0_0 0.0) (>= x_0_1 0.0) (= (+ x_0_0 x_0_1) 1.0) (<= x_1_1 x_0_1) (<= x_0_1 x_1_1) (>= x_1_0 0.0) (>= x_1_1 0.0) (= (+ x_1_0 x_1_1) 1.0) (<= x_0_1 x_1_1) (<= x_1_1 x_0_1)))
    (and (and (>= c1_x_0_0 0.0) (>= c1_x_0_1 0.0) (= (+ c1_x_0_0 c1_x_0_1) 1.0) (<= c1_x_1_1 c1_x_0_1) (<= c1_x_0_1 c1_x_1_1) (>= c1_x_1_0 0.0) (>= c1_x_1_1 0.0) (= (+ c1_x_1_0 c1_x_1_1) 1.0) (<= c1_x_0_1 c1_x_1_1) (<= c1_x_1_1 c1_x_0_1)) (not (and (= (+ (* 1.0 c1_x_0_0) (* 1.0 c1_x_0_1)) 1.0) (= (+ (* 1.0 c1_x_1_0) (* 1.0 c1_x_1_1)) 1.0) (= (+ (* 1.0 c1_x_0_1) (* (- 1.0) c1_x_1_1)) 0.0) (= (+ (* (- 1.0) c1_x_0_1) (* 1.0 c1_x_1_1)) 0.0))))))
(check-sat)
(exit)
