; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the point "A" [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0], "B@0" [1/2, 1/2], "B@10" [5/9, 4/9], "B@20" [5/8, 3/8], "B@30" [5/7, 2/7], "B@40" [5/6, 1/6], "B@50" [1, 0], "B@60" [1, 0], "B@70" [1, 0], "B@80" [1, 0], "B@90" [1, 0], "B@100" [1, 0] is in the equilibrium set and no player has a stratified Pareto improvement (1 class)
; kind: oracle-spo
; subject: Ultimatum Game: A thinks 60/40 fair, B thinks 50/50 fair (seed 002)
; fingerprint: oracle-game sha256:cfeca54a62bd9315016d5b829ef415e57a3908beb418e96288c54ffdc0017bdc
; tool: equicert 0.1.0
; data: {"kind":"oracle-spo","title":"Ultimatum Game: A thinks 60/40 fair, B thinks 50/50 fair (seed 002)","players":[{"name":"A","outputs":["offer 0","offer 10","offer 20","offer 30","offer 40","offer 50","offer 60","offer 70","offer 80","offer 90","offer 100"],"bestResponse":false,"bounds":[[4,"1.0","1.0"],[0,"0.0","0.0"],[1,"0.0","0.0"],[2,"0.0","0.0"],[3,"0.0","0.0"],[5,"0.0","0.0"],[6,"0.0","0.0"],[7,"0.0","0.0"],[8,"0.0","0.0"],[9,"0.0","0.0"],[10,"0.0","0.0"]],"utility":[{"players":[0,1],"keys":[[0,0]],"payoffs":["100"]},{"players":[0,2],"keys":[[1,0]],"payoffs":["90"]},{"players":[0,3],"keys":[[2,0]],"payoffs":["80"]},{"players":[0,4],"keys":[[3,0]],"payoffs":["70"]},{"players":[0,5],"keys":[[4,0]],"payoffs":["60"]},{"players":[0,6],"keys":[[5,0]],"payoffs":["50"]},{"players":[0,7],"keys":[[6,0]],"payoffs":["40"]},{"players":[0,8],"keys":[[7,0]],"payoffs":["30"]},{"players":[0,9],"keys":[[8,0]],"payoffs":["20"]},{"players":[0,10],"keys":[[9,0]],"payoffs":["10"]},{"players":[0,11],"keys":[[10,0]],"payoffs":["0"]}]},{"name":"B@0","outputs":["accept","reject"],"bestResponse":false,"bounds":[[0,"(/ 1.0 2.0)","(/ 1.0 2.0)"]],"utility":[{"players":[0,1],"keys":[[0,0]],"payoffs":["0"]},{"players":[0,2],"keys":[[1,0]],"payoffs":["10"]},{"players":[0,3],"keys":[[2,0]],"payoffs":["20"]},{"players":[0,4],"keys":[[3,0]],"payoffs":["30"]},{"players":[0,5],"keys":[[4,0]],"payoffs":["40"]},{"players":[0,6],"keys":[[5,0]],"payoffs":["50"]},{"players":[0,7],"keys":[[6,0]],"payoffs":["60"]},{"players":[0,8],"keys":[[7,0]],"payoffs":["70"]},{"players":[0,9],"keys":[[8,0]],"payoffs":["80"]},{"players":[0,10],"keys":[[9,0]],"payoffs":["90"]},{"players":[0,11],"keys":[[10,0]],"payoffs":["100"]}]},{"name":"B@10","outputs":["accept","reject"],"bestResponse":false,"bounds":[[0,"(/ 5.0 9.0)","(/ 5.0 9.0)"]],"utility":[{"players":[0,1],"keys":[[0,0]],"payoffs":["0"]},{"players":[0,2],"keys":[[1,0]],"payoffs":["10"]},{"players":[0,3],"keys":[[2,0]],"payoffs":["20"]},{"players":[0,4],"keys":[[3,0]],"payoffs":["30"]},{"players":[0,5],"keys":[[4,0]],"payoffs":["40"]},{"players":[0,6],"keys":[[5,0]],"payoffs":["50"]},{"players":[0,7],"keys":[[6,0]],"payoffs":["60"]},{"players":[0,8],"keys":[[7,0]],"payoffs":["70"]},{"players":[0,9],"keys":[[8,0]],"payoffs":["80"]},{"players":[0,10],"keys":[[9,0]],"payoffs":["90"]},{"players":[0,11],"keys":[[10,0]],"payoffs":["100"]}]},{"name":"B@20","outputs":["accept","reject"],"bestResponse":false,"bounds":[[0,"(/ 5.0 8.0)","(/ 5.0 8.0)"]],"utility":[{"players":[0,1],"keys":[[0,0]],"payoffs":["0"]},{"players":[0,2],"keys":[[1,0]],"payoffs":["10"]},{"players":[0,3],"keys":[[2,0]],"payoffs":["20"]},{"players":[0,4],"keys":[[3,0]],"payoffs":["30"]},{"players":[0,5],"keys":[[4,0]],"payoffs":["40"]},{"players":[0,6],"keys":[[5,0]],"payoffs":["50"]},{"players":[0,7],"keys":[[6,0]],"payoffs":["60"]},{"players":[0,8],"keys":[[7,0]],"payoffs":["70"]},{"players":[0,9],"keys":[[8,0]],"payoffs":["80"]},{"players":[0,10],"keys":[[9,0]],"payoffs":["90"]},{"players":[0,11],"keys":[[10,0]],"payoffs":["100"]}]},{"name":"B@30","outputs":["accept","reject"],"bestResponse":false,"bounds":[[0,"(/ 5.0 7.0)","(/ 5.0 7.0)"]],"utility":[{"players":[0,1],"keys":[[0,0]],"payoffs":["0"]},{"players":[0,2],"keys":[[1,0]],"payoffs":["10"]},{"players":[0,3],"keys":[[2,0]],"payoffs":["20"]},{"players":[0,4],"keys":[[3,0]],"payoffs":["30"]},{"players":[0,5],"keys":[[4,0]],"payoffs":["40"]},{"players":[0,6],"keys":[[5,0]],"payoffs":["50"]},{"players":[0,7],"keys":[[6,0]],"payoffs":["60"]},{"players":[0,8],"keys":[[7,0]],"payoffs":["70"]},{"players":[0,9],"keys":[[8,0]],"payoffs":["80"]},{"players":[0,10],"keys":[[9,0]],"payoffs":["90"]},{"players":[0,11],"keys":[[10,0]],"payoffs":["100"]}]},{"name":"B@40","outputs":["accept","reject"],"bestResponse":false,"bounds":[[0,"(/ 5.0 6.0)","(/ 5.0 6.0)"]],"utility":[{"players":[0,1],"keys":[[0,0]],"payoffs":["0"]},{"players":[0,2],"keys":[[1,0]],"payoffs":["10"]},{"players":[0,3],"keys":[[2,0]],"payoffs":["20"]},{"players":[0,4],"keys":[[3,0]],"payoffs":["30"]},{"players":[0,5],"keys":[[4,0]],"payoffs":["40"]},{"players":[0,6],"keys":[[5,0]],"payoffs":["50"]},{"players":[0,7],"keys":[[6,0]],"payoffs":["60"]},{"players":[0,8],"keys":[[7,0]],"payoffs":["70"]},{"players":[0,9],"keys":[[8,0]],"payoffs":["80"]},{"players":[0,10],"keys":[[9,0]],"payoffs":["90"]},{"players":[0,11],"keys":[[10,0]],"payoffs":["100"]}]},{"name":"B@50","outputs":["accept","reject"],"bestResponse":false,"bounds":[[0,"1.0","1.0"]],"utility":[{"players":[0,1],"keys":[[0,0]],"payoffs":["0"]},{"players":[0,2],"keys":[[1,0]],"payoffs":["10"]},{"players":[0,3],"keys":[[2,0]],"payoffs":["20"]},{"players":[0,4],"keys":[[3,0]],"payoffs":["30"]},{"players":[0,5],"keys":[[4,0]],"payoffs":["40"]},{"players":[0,6],"keys":[[5,0]],"payoffs":["50"]},{"players":[0,7],"keys":[[6,0]],"payoffs":["60"]},{"players":[0,8],"keys":[[7,0]],"payoffs":["70"]},{"players":[0,9],"keys":[[8,0]],"payoffs":["80"]},{"players":[0,10],"keys":[[9,0]],"payoffs":["90"]},{"players":[0,11],"keys":[[10,0]],"payoffs":["100"]}]},{"name":"B@60","outputs":["accept","reject"],"bestResponse":false,"bounds":[[0,"1.0","1.0"]],"utility":[{"players":[0,1],"keys":[[0,0]],"payoffs":["0"]},{"players":[0,2],"keys":[[1,0]],"payoffs":["10"]},{"players":[0,3],"keys":[[2,0]],"payoffs":["20"]},{"players":[0,4],"keys":[[3,0]],"payoffs":["30"]},{"players":[0,5],"keys":[[4,0]],"payoffs":["40"]},{"players":[0,6],"keys":[[5,0]],"payoffs":["50"]},{"players":[0,7],"keys":[[6,0]],"payoffs":["60"]},{"players":[0,8],"keys":[[7,0]],"payoffs":["70"]},{"players":[0,9],"keys":[[8,0]],"payoffs":["80"]},{"players":[0,10],"keys":[[9,0]],"payoffs":["90"]},{"players":[0,11],"keys":[[10,0]],"payoffs":["100"]}]},{"name":"B@70","outputs":["accept","reject"],"bestResponse":false,"bounds":[[0,"1.0","1.0"]],"utility":[{"players":[0,1],"keys":[[0,0]],"payoffs":["0"]},{"players":[0,2],"keys":[[1,0]],"payoffs":["10"]},{"players":[0,3],"keys":[[2,0]],"payoffs":["20"]},{"players":[0,4],"keys":[[3,0]],"payoffs":["30"]},{"players":[0,5],"keys":[[4,0]],"payoffs":["40"]},{"players":[0,6],"keys":[[5,0]],"payoffs":["50"]},{"players":[0,7],"keys":[[6,0]],"payoffs":["60"]},{"players":[0,8],"keys":[[7,0]],"payoffs":["70"]},{"players":[0,9],"keys":[[8,0]],"payoffs":["80"]},{"players":[0,10],"keys":[[9,0]],"payoffs":["90"]},{"players":[0,11],"keys":[[10,0]],"payoffs":["100"]}]},{"name":"B@80","outputs":["accept","reject"],"bestResponse":false,"bounds":[[0,"1.0","1.0"]],"utility":[{"players":[0,1],"keys":[[0,0]],"payoffs":["0"]},{"players":[0,2],"keys":[[1,0]],"payoffs":["10"]},{"players":[0,3],"keys":[[2,0]],"payoffs":["20"]},{"players":[0,4],"keys":[[3,0]],"payoffs":["30"]},{"players":[0,5],"keys":[[4,0]],"payoffs":["40"]},{"players":[0,6],"keys":[[5,0]],"payoffs":["50"]},{"players":[0,7],"keys":[[6,0]],"payoffs":["60"]},{"players":[0,8],"keys":[[7,0]],"payoffs":["70"]},{"players":[0,9],"keys":[[8,0]],"payoffs":["80"]},{"players":[0,10],"keys":[[9,0]],"payoffs":["90"]},{"players":[0,11],"keys":[[10,0]],"payoffs":["100"]}]},{"name":"B@90","outputs":["accept","reject"],"bestResponse":false,"bounds":[[0,"1.0","1.0"]],"utility":[{"players":[0,1],"keys":[[0,0]],"payoffs":["0"]},{"players":[0,2],"keys":[[1,0]],"payoffs":["10"]},{"players":[0,3],"keys":[[2,0]],"payoffs":["20"]},{"players":[0,4],"keys":[[3,0]],"payoffs":["30"]},{"players":[0,5],"keys":[[4,0]],"payoffs":["40"]},{"players":[0,6],"keys":[[5,0]],"payoffs":["50"]},{"players":[0,7],"keys":[[6,0]],"payoffs":["60"]},{"players":[0,8],"keys":[[7,0]],"payoffs":["70"]},{"players":[0,9],"keys":[[8,0]],"payoffs":["80"]},{"players":[0,10],"keys":[[9,0]],"payoffs":["90"]},{"players":[0,11],"keys":[[10,0]],"payoffs":["100"]}]},{"name":"B@100","outputs":["accept","reject"],"bestResponse":false,"bounds":[[0,"1.0","1.0"]],"utility":[{"players":[0,1],"keys":[[0,0]],"payoffs":["0"]},{"players":[0,2],"keys":[[1,0]],"payoffs":["10"]},{"players":[0,3],"keys":[[2,0]],"payoffs":["20"]},{"players":[0,4],"keys":[[3,0]],"payoffs":["30"]},{"players":[0,5],"keys":[[4,0]],"payoffs":["40"]},{"players":[0,6],"keys":[[5,0]],"payoffs":["50"]},{"players":[0,7],"keys":[[6,0]],"payoffs":["60"]},{"players":[0,8],"keys":[[7,0]],"payoffs":["70"]},{"players":[0,9],"keys":[[8,0]],"payoffs":["80"]},{"players":[0,10],"keys":[[9,0]],"payoffs":["90"]},{"players":[0,11],"keys":[[10,0]],"payoffs":["100"]}]}],"point":[["0","0","0","0","1","0","0","0","0","0","0"],["1/2","1/2"],["5/9","4/9"],["5/8","3/8"],["5/7","2/7"],["5/6","1/6"],["1","0"],["1","0"],["1","0"],["1","0"],["1","0"],["1","0"]],"classes":[{"members":[0,1,2,3,4,5,6,7,8,9,10,11],"pieces":[{"constraints":[[{"0":"1","1":"1","2":"1","3":"1","4":"1","5":"1","6":"1","7":"1","8":"1","9":"1","10":"1"},"=","1"],[{"11":"1","12":"1"},"=","1"],[{"13":"1","14":"1"},"=","1"],[{"15":"1","16":"1"},"=","1"],[{"17":"1","18":"1"},"=","1"],[{"19":"1","20":"1"},"=","1"],[{"21":"1","22":"1"},"=","1"],[{"23":"1","24":"1"},"=","1"],[{"25":"1","26":"1"},"=","1"],[{"27":"1","28":"1"},"=","1"],[{"29":"1","30":"1"},"=","1"],[{"31":"1","32":"1"},"=","1"],[{"0":"1"},"=","0"],[{"1":"1"},"=","0"],[{"2":"1"},"=","0"],[{"3":"1"},"=","0"],[{"4":"1"},"=","1"],[{"5":"1"},"=","0"],[{"6":"1"},"=","0"],[{"7":"1"},"=","0"],[{"8":"1"},"=","0"],[{"9":"1"},"=","0"],[{"10":"1"},"=","0"],[{"11":"1"},"=","1/2"],[{"12":"1"},"=","1/2"],[{"13":"1"},"=","5/9"],[{"14":"1"},"=","4/9"],[{"15":"1"},"=","5/8"],[{"16":"1"},"=","3/8"],[{"17":"1"},"=","5/7"],[{"18":"1"},"=","2/7"],[{"19":"1"},"=","5/6"],[{"20":"1"},"=","1/6"],[{"21":"1"},"=","1"],[{"22":"1"},"=","0"],[{"23":"1"},"=","1"],[{"24":"1"},"=","0"],[{"25":"1"},"=","1"],[{"26":"1"},"=","0"],[{"27":"1"},"=","1"],[{"28":"1"},"=","0"],[{"29":"1"},"=","1"],[{"30":"1"},"=","0"],[{"31":"1"},"=","1"],[{"32":"1"},"=","0"]],"vertices":[["0","0","0","0","1","0","0","0","0","0","0","1/2","1/2","5/9","4/9","5/8","3/8","5/7","2/7","5/6","1/6","1","0","1","0","1","0","1","0","1","0","1","0"]],"anchor":null,"trees":[["le"]]}]}]}
(set-info :status unsat)
(set-logic QF_LRA)
; x_p_o: probability that player p (0-based) gives output o at the claimed point
; player 0 = A, outputs offer 0, offer 10, offer 20, offer 30, offer 40, offer 50, offer 60, offer 70, offer 80, offer 90, offer 100
(define-fun x_0_0 () Real 0.0)
(define-fun x_0_1 () Real 0.0)
(define-fun x_0_2 () Real 0.0)
(define-fun x_0_3 () Real 0.0)
(define-fun x_0_4 () Real 1.0)
(define-fun x_0_5 () Real 0.0)
(define-fun x_0_6 () Real 0.0)
(define-fun x_0_7 () Real 0.0)
(define-fun x_0_8 () Real 0.0)
(define-fun x_0_9 () Real 0.0)
(define-fun x_0_10 () Real 0.0)
; player 1 = B@0, outputs accept, reject
(define-fun x_1_0 () Real (/ 1.0 2.0))
(define-fun x_1_1 () Real (/ 1.0 2.0))
; player 2 = B@10, outputs accept, reject
(define-fun x_2_0 () Real (/ 5.0 9.0))
(define-fun x_2_1 () Real (/ 4.0 9.0))
; player 3 = B@20, outputs accept, reject
(define-fun x_3_0 () Real (/ 5.0 8.0))
(define-fun x_3_1 () Real (/ 3.0 8.0))
; player 4 = B@30, outputs accept, reject
(define-fun x_4_0 () Real (/ 5.0 7.0))
(define-fun x_4_1 () Real (/ 2.0 7.0))
; player 5 = B@40, outputs accept, reject
(define-fun x_5_0 () Real (/ 5.0 6.0))
(define-fun x_5_1 () Real (/ 1.0 6.0))
; player 6 = B@50, outputs accept, reject
(define-fun x_6_0 () Real 1.0)
(define-fun x_6_1 () Real 0.0)
; player 7 = B@60, outputs accept, reject
(define-fun x_7_0 () Real 1.0)
(define-fun x_7_1 () Real 0.0)
; player 8 = B@70, outputs accept, reject
(define-fun x_8_0 () Real 1.0)
(define-fun x_8_1 () Real 0.0)
; player 9 = B@80, outputs accept, reject
(define-fun x_9_0 () Real 1.0)
(define-fun x_9_1 () Real 0.0)
; player 10 = B@90, outputs accept, reject
(define-fun x_10_0 () Real 1.0)
(define-fun x_10_1 () Real 0.0)
; player 11 = B@100, outputs accept, reject
(define-fun x_11_0 () Real 1.0)
(define-fun x_11_1 () Real 0.0)
; class 1: its players move, everyone else stays at the point
(declare-fun c1_x_0_0 () Real)
(declare-fun c1_x_0_1 () Real)
(declare-fun c1_x_0_2 () Real)
(declare-fun c1_x_0_3 () Real)
(declare-fun c1_x_0_4 () Real)
(declare-fun c1_x_0_5 () Real)
(declare-fun c1_x_0_6 () Real)
(declare-fun c1_x_0_7 () Real)
(declare-fun c1_x_0_8 () Real)
(declare-fun c1_x_0_9 () Real)
(declare-fun c1_x_0_10 () Real)
(declare-fun c1_x_1_0 () Real)
(declare-fun c1_x_1_1 () Real)
(declare-fun c1_x_2_0 () Real)
(declare-fun c1_x_2_1 () Real)
(declare-fun c1_x_3_0 () Real)
(declare-fun c1_x_3_1 () Real)
(declare-fun c1_x_4_0 () Real)
(declare-fun c1_x_4_1 () Real)
(declare-fun c1_x_5_0 () Real)
(declare-fun c1_x_5_1 () Real)
(declare-fun c1_x_6_0 () Real)
(declare-fun c1_x_6_1 () Real)
(declare-fun c1_x_7_0 () Real)
(declare-fun c1_x_7_1 () Real)
(declare-fun c1_x_8_0 () Real)
(declare-fun c1_x_8_1 () Real)
(declare-fun c1_x_9_0 () Real)
(declare-fun c1_x_9_1 () Real)
(declare-fun c1_x_10_0 () Real)
(declare-fun c1_x_10_1 () Real)
(declare-fun c1_x_11_0 () Real)
(declare-fun c1_x_11_1 () Real)
; negation: the point breaks some player's relation, or some class slice has a point in no listed polytope
(assert (or (not (and (>= x_0_0 0.0) (>= x_0_1 0.0) (>= x_0_2 0.0) (>= x_0_3 0.0) (>= x_0_4 0.0) (>= x_0_5 0.0) (>= x_0_6 0.0) (>= x_0_7 0.0) (>= x_0_8 0.0) (>= x_0_9 0.0) (>= x_0_10 0.0) (= (+ x_0_0 x_0_1 x_0_2 x_0_3 x_0_4 x_0_5 x_0_6 x_0_7 x_0_8 x_0_9 x_0_10) 1.0) (<= 1.0 x_0_4) (<= x_0_4 1.0) (<= 0.0 x_0_0) (<= x_0_0 0.0) (<= 0.0 x_0_1) (<= x_0_1 0.0) (<= 0.0 x_0_2) (<= x_0_2 0.0) (<= 0.0 x_0_3) (<= x_0_3 0.0) (<= 0.0 x_0_5) (<= x_0_5 0.0) (<= 0.0 x_0_6) (<= x_0_6 0.0) (<= 0.0 x_0_7) (<= x_0_7 0.0) (<= 0.0 x_0_8) (<= x_0_8 0.0) (<= 0.0 x_0_9) (<= x_0_9 0.0) (<= 0.0 x_0_10) (<= x_0_10 0.0) (>= x_1_0 0.0) (>= x_1_1 0.0) (= (+ x_1_0 x_1_1) 1.0) (<= (/ 1.0 2.0) x_1_0) (<= x_1_0 (/ 1.0 2.0)) (>= x_2_0 0.0) (>= x_2_1 0.0) (= (+ x_2_0 x_2_1) 1.0) (<= (/ 5.0 9.0) x_2_0) (<= x_2_0 (/ 5.0 9.0)) (>= x_3_0 0.0) (>= x_3_1 0.0) (= (+ x_3_0 x_3_1) 1.0) (<= (/ 5.0 8.0) x_3_0) (<= x_3_0 (/ 5.0 8.0)) (>= x_4_0 0.0) (>= x_4_1 0.0) (= (+ x_4_0 x_4_1) 1.0) (<= (/ 5.0 7.0) x_4_0) (<= x_4_0 (/ 5.0 7.0)) (>= x_5_0 0.0) (>= x_5_1 0.0) (= (+ x_5_0 x_5_1) 1.0) (<= (/ 5.0 6.0) x_5_0) (<= x_5_0 (/ 5.0 6.0)) (>= x_6_0 0.0) (>= x_6_1 0.0) (= (+ x_6_0 x_6_1) 1.0) (<= 1.0 x_6_0) (<= x_6_0 1.0) (>= x_7_0 0.0) (>= x_7_1 0.0) (= (+ x_7_0 x_7_1) 1.0) (<= 1.0 x_7_0) (<= x_7_0 1.0) (>= x_8_0 0.0) (>= x_8_1 0.0) (= (+ x_8_0 x_8_1) 1.0) (<= 1.0 x_8_0) (<= x_8_0 1.0) (>= x_9_0 0.0) (>= x_9_1 0.0) (= (+ x_9_0 x_9_1) 1.0) (<= 1.0 x_9_0) (<= x_9_0 1.0) (>= x_10_0 0.0) (>= x_10_1 0.0) (= (+ x_10_0 x_10_1) 1.0) (<= 1.0 x_10_0) (<= x_10_0 1.0) (>= x_11_0 0.0) (>= x_11_1 0.0) (= (+ x_11_0 x_11_1) 1.0) (<= 1.0 x_11_0) (<= x_11_0 1.0)))
    (and (and (>= c1_x_0_0 0.0) (>= c1_x_0_1 0.0) (>= c1_x_0_2 0.0) (>= c1_x_0_3 0.0) (>= c1_x_0_4 0.0) (>= c1_x_0_5 0.0) (>= c1_x_0_6 0.0) (>= c1_x_0_7 0.0) (>= c1_x_0_8 0.0) (>= c1_x_0_9 0.0) (>= c1_x_0_10 0.0) (= (+ c1_x_0_0 c1_x_0_1 c1_x_0_2 c1_x_0_3 c1_x_0_4 c1_x_0_5 c1_x_0_6 c1_x_0_7 c1_x_0_8 c1_x_0_9 c1_x_0_10) 1.0) (<= 1.0 c1_x_0_4) (<= c1_x_0_4 1.0) (<= 0.0 c1_x_0_0) (<= c1_x_0_0 0.0) (<= 0.0 c1_x_0_1) (<= c1_x_0_1 0.0) (<= 0.0 c1_x_0_2) (<= c1_x_0_2 0.0) (<= 0.0 c1_x_0_3) (<= c1_x_0_3 0.0) (<= 0.0 c1_x_0_5) (<= c1_x_0_5 0.0) (<= 0.0 c1_x_0_6) (<= c1_x_0_6 0.0) (<= 0.0 c1_x_0_7) (<= c1_x_0_7 0.0) (<= 0.0 c1_x_0_8) (<= c1_x_0_8 0.0) (<= 0.0 c1_x_0_9) (<= c1_x_0_9 0.0) (<= 0.0 c1_x_0_10) (<= c1_x_0_10 0.0) (>= c1_x_1_0 0.0) (>= c1_x_1_1 0.0) (= (+ c1_x_1_0 c1_x_1_1) 1.0) (<= (/ 1.0 2.0) c1_x_1_0) (<= c1_x_1_0 (/ 1.0 2.0)) (>= c1_x_2_0 0.0) (>= c1_x_2_1 0.0) (= (+ c1_x_2_0 c1_x_2_1) 1.0) (<= (/ 5.0 9.0) c1_x_2_0) (<= c1_x_2_0 (/ 5.0 9.0)) (>= c1_x_3_0 0.0) (>= c1_x_3_1 0.0) (= (+ c1_x_3_0 c1_x_3_1) 1.0) (<= (/ 5.0 8.0) c1_x_3_0) (<= c1_x_3_0 (/ 5.0 8.0)) (>= c1_x_4_0 0.0) (>= c1_x_4_1 0.0) (= (+ c1_x_4_0 c1_x_4_1) 1.0) (<= (/ 5.0 7.0) c1_x_4_0) (<= c1_x_4_0 (/ 5.0 7.0)) (>= c1_x_5_0 0.0) (>= c1_x_5_1 0.0) (= (+ c1_x_5_0 c1_x_5_1) 1.0) (<= (/ 5.0 6.0) c1_x_5_0) (<= c1_x_5_0 (/ 5.0 6.0)) (>= c1_x_6_0 0.0) (>= c1_x_6_1 0.0) (= (+ c1_x_6_0 c1_x_6_1) 1.0) (<= 1.0 c1_x_6_0) (<= c1_x_6_0 1.0) (>= c1_x_7_0 0.0) (>= c1_x_7_1 0.0) (= (+ c1_x_7_0 c1_x_7_1) 1.0) (<= 1.0 c1_x_7_0) (<= c1_x_7_0 1.0) (>= c1_x_8_0 0.0) (>= c1_x_8_1 0.0) (= (+ c1_x_8_0 c1_x_8_1) 1.0) (<= 1.0 c1_x_8_0) (<= c1_x_8_0 1.0) (>= c1_x_9_0 0.0) (>= c1_x_9_1 0.0) (= (+ c1_x_9_0 c1_x_9_1) 1.0) (<= 1.0 c1_x_9_0) (<= c1_x_9_0 1.0) (>= c1_x_10_0 0.0) (>= c1_x_10_1 0.0) (= (+ c1_x_10_0 c1_x_10_1) 1.0) (<= 1.0 c1_x_10_0) (<= c1_x_10_0 1.0) (>= c1_x_11_0 0.0) (>= c1_x_11_1 0.0) (= (+ c1_x_11_0 c1_x_11_1) 1.0) (<= 1.0 c1_x_11_0) (<= c1_x_11_0 1.0)) (not (and (= (+ (* 1.0 c1_x_0_0) (* 1.0 c1_x_0_1) (* 1.0 c1_x_0_2) (* 1.0 c1_x_0_3) (* 1.0 c1_x_0_4) (* 1.0 c1_x_0_5) (* 1.0 c1_x_0_6) (* 1.0 c1_x_0_7) (* 1.0 c1_x_0_8) (* 1.0 c1_x_0_9) (* 1.0 c1_x_0_10)) 1.0) (= (+ (* 1.0 c1_x_1_0) (* 1.0 c1_x_1_1)) 1.0) (= (+ (* 1.0 c1_x_2_0) (* 1.0 c1_x_2_1)) 1.0) (= (+ (* 1.0 c1_x_3_0) (* 1.0 c1_x_3_1)) 1.0) (= (+ (* 1.0 c1_x_4_0) (* 1.0 c1_x_4_1)) 1.0) (= (+ (* 1.0 c1_x_5_0) (* 1.0 c1_x_5_1)) 1.0) (= (+ (* 1.0 c1_x_6_0) (* 1.0 c1_x_6_1)) 1.0) (= (+ (* 1.0 c1_x_7_0) (* 1.0 c1_x_7_1)) 1.0) (= (+ (* 1.0 c1_x_8_0) (* 1.0 c1_x_8_1)) 1.0) (= (+ (* 1.0 c1_x_9_0) (* 1.0 c1_x_9_1)) 1.0) (= (+ (* 1.0 c1_x_10_0) (* 1.0 c1_x_10_1)) 1.0) (= (+ (* 1.0 c1_x_11_0) (* 1.0 c1_x_11_1)) 1.0) (= (* 1.0 c1_x_0_0) 0.0) (= (* 1.0 c1_x_0_1) 0.0) (= (* 1.0 c1_x_0_2) 0.0) (= (* 1.0 c1_x_0_3) 0.0) (= (* 1.0 c1_x_0_4) 1.0) (= (* 1.0 c1_x_0_5) 0.0) (= (* 1.0 c1_x_0_6) 0.0) (= (* 1.0 c1_x_0_7) 0.0) (= (* 1.0 c1_x_0_8) 0.0) (= (* 1.0 c1_x_0_9) 0.0) (= (* 1.0 c1_x_0_10) 0.0) (= (* 1.0 c1_x_1_0) (/ 1.0 2.0)) (= (* 1.0 c1_x_1_1) (/ 1.0 2.0)) (= (* 1.0 c1_x_2_0) (/ 5.0 9.0)) (= (* 1.0 c1_x_2_1) (/ 4.0 9.0)) (= (* 1.0 c1_x_3_0) (/ 5.0 8.0)) (= (* 1.0 c1_x_3_1) (/ 3.0 8.0)) (= (* 1.0 c1_x_4_0) (/ 5.0 7.0)) (= (* 1.0 c1_x_4_1) (/ 2.0 7.0)) (= (* 1.0 c1_x_5_0) (/ 5.0 6.0)) (= (* 1.0 c1_x_5_1) (/ 1.0 6.0)) (= (* 1.0 c1_x_6_0) 1.0) (= (* 1.0 c1_x_6_1) 0.0) (= (* 1.0 c1_x_7_0) 1.0) (= (* 1.0 c1_x_7_1) 0.0) (= (* 1.0 c1_x_8_0) 1.0) (= (* 1.0 c1_x_8_1) 0.0) (= (* 1.0 c1_x_9_0) 1.0) (= (* 1.0 c1_x_9_1) 0.0) (= (* 1.0 c1_x_10_0) 1.0) (= (* 1.0 c1_x_10_1) 0.0) (= (* 1.0 c1_x_11_0) 1.0) (= (* 1.0 c1_x_11_1) 0.0))))))
(check-sat)
(exit)
